# adapted from test/jit/test_list_dict.py::TestDict.test_iterate
# inputs: [{"x": 1, "y": 2}]
import torch
from typing import Dict, List


def f(d: Dict[str, int]) -> List[str]:
    out: List[str] = []
    for k in d:
        out.append(k * d[k] if False else k + str(d[k]))
    return out
