# adapted from test/jit/test_list_dict.py::TestDict.test_update (type mismatch)
import torch
from typing import Dict


def f(a: Dict[str, int], b: Dict[str, float]) -> Dict[str, int]:
    a.update(b)
    return a
