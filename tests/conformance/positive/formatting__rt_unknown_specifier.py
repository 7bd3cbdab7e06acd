# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_unknown_format_specifier
# inputs: ["foo"]
import torch


def f(arg1: str) -> str:
    return "%a in template" % arg1
