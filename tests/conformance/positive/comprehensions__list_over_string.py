# adapted from test/test_jit.py::TestScript.test_comprehension_iterable (strings)
# inputs: ["abc"]
import torch
from typing import List


def f(s: str) -> List[str]:
    return [c + "!" for c in s]
