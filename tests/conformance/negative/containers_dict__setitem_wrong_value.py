# adapted from test/jit/test_list_dict.py::TestDict (value type mismatch)
import torch
from typing import Dict


def f(d: Dict[str, int]) -> Dict[str, int]:
    d["a"] = "x"
    return d
