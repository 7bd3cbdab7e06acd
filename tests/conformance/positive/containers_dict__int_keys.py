# adapted from test/jit/test_list_dict.py::TestDict.test_dict_types (int keys)
# inputs: [{1: "one", 2: "two"}]
import torch
from typing import Dict


def f(d: Dict[int, str]) -> str:
    d[3] = "three"
    return d[1] + d[3]
