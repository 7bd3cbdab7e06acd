# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_multiple_placeholders
# inputs: ["foo", 1, 1.0]
import torch


def f(arg1: str, arg2: int, arg3: float) -> str:
    return "%s %d %f in template" % (arg1, arg2, arg3)
