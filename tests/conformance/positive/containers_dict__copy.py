# adapted from test/jit/test_list_dict.py::TestDict.test_copy
# inputs: [{"a": 1}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[Dict[str, int], Dict[str, int]]:
    e = d.copy()
    e["b"] = 2
    return d, e
