# adapted from test/jit/test_list_dict.py::TestDict.test_setdefault
# inputs: [{"a": 1}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[int, int, Dict[str, int]]:
    x = d.setdefault("a", 5)
    y = d.setdefault("b", 6)
    return x, y, d
