# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_float_placeholder_and_float_variable
# inputs: [1.0]
import torch


def f(arg1: float) -> str:
    return "%f in template" % arg1
