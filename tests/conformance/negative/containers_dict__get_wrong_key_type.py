# adapted from test/jit/test_list_dict.py::TestDict.test_get (key type mismatch)
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    return d.get(1, 0)
