# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_char_placeholder_and_digit_variable
# inputs: [97]
import torch


def f(arg1: int) -> str:
    return "%c in template" % arg1
