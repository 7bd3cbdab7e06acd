# adapted from test/jit/test_list_dict.py::TestDict.test_values (loop)
# inputs: [{"a": 1, "b": 2}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    s = 0
    for v in d.values():
        s += v
    return s
