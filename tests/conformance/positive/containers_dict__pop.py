# adapted from test/jit/test_list_dict.py::TestDict.test_pop
# inputs: [{"a": 1, "b": 2}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[int, int, Dict[str, int]]:
    x = d.pop("a")
    y = d.pop("zz", 42)
    return x, y, d
