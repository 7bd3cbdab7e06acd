# adapted from test/jit/test_list_dict.py::TestDict (fromkeys is not supported)
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    e = d.fromkeys(["a"])
    return 1
