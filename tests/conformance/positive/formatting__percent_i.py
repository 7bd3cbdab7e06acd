# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_alternate_digit_placeholder
# inputs: [1]
import torch


def f(arg1: int) -> str:
    return "%i in template" % arg1
