# adapted from test/jit/test_list_dict.py::TestDict.test_items
# inputs: [{"a": 1.5, "b": 2.5}]
import torch
from typing import Dict


def f(d: Dict[str, float]) -> float:
    s = 0.0
    for k, v in d.items():
        s += v * len(k)
    return s
