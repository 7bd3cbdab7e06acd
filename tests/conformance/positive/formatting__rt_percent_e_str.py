# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_exponent_placeholder_and_string_variable
# inputs: ["1"]
import torch


def f(arg1: str) -> str:
    return "%e in template" % arg1
