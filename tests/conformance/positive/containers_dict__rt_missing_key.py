# adapted from test/jit/test_list_dict.py::TestDict.test_getitem (missing key)
# inputs: [{"a": 1}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    return d["b"]
