# adapted from test/test_jit.py::TestScript.test_hash (hash is stable for equal values)
# inputs: [5, "abc"]
import torch
from typing import List


def f(a: int, b: str) -> List[bool]:
    return [hash(a) == hash(5), hash(b) == hash("ab" + "c"), hash(1.5) == hash(1.5)]
