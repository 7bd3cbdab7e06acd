# adapted from test/jit/test_list_dict.py::TestDict.test_get (get returns Optional)
# inputs: [{"a": 1}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    v = d.get("b")
    if v is None:
        return -1
    return v
