# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_too_many_arguments
# inputs: ["foo", "bar"]
import torch


def f(arg1: str, arg2: str) -> str:
    return "%s in template" % (arg1, arg2)
