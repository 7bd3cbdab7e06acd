# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_string_placeholder_and_format_string_variable
# inputs: ["%s in template"]
import torch


def f(arg1: str):
    return arg1 % "foo"
