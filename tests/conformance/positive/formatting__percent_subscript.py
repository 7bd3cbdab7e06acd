# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_string_interpolation_with_subscript
# inputs: [["foo", "bar"]]
import torch
from typing import List


def f(arg1: List[str]) -> str:
    return "%s in template" % arg1[0]
