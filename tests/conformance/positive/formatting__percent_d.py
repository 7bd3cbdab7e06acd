# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_digit_placeholder_and_digit_variable
# inputs: [1]
import torch


def f(arg1: int) -> str:
    return "%d in template" % arg1
