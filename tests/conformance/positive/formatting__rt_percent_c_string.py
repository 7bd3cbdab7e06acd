# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_char_placeholder_and_true_string_variable
# inputs: ["foo"]
import torch


def f(arg1: str) -> str:
    return "%c in template" % arg1
