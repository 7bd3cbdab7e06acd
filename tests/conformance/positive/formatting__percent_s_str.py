# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_string_placeholder_and_string_variable
# inputs: ["foo"]
import torch


def f(arg1: str):
    return "%s in template" % arg1
