# adapted from test/test_jit.py::TestScript.test_str_find / test_str_rfind
# inputs: ["abcabc"]
import torch
from typing import List


def f(s: str) -> List[int]:
    return [s.find("b"), s.find("z"), s.rfind("b"), s.find("b", 2), s.rfind("a", 0, 3), s.find("")]
