# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_too_few_arguments
# inputs: ["foo"]
import torch


def f(arg1: str) -> str:
    return "%s %s in template" % arg1
