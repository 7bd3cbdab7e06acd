# adapted from test/test_jit.py::TestScript.test_string_compare (ordering of upper/lower)
# inputs: []
import torch
from typing import List


def f() -> List[bool]:
    return ["B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "b" <= "b"]
