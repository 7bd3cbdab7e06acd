# adapted from test/test_jit.py::TestScript.test_str_count
# inputs: ["banana"]
import torch
from typing import List


def f(s: str) -> List[int]:
    return [s.count("a"), s.count("an"), s.count("x"), s.count("a", 2), s.count("a", 0, 3)]
