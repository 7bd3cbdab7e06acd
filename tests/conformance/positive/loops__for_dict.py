# adapted from test/test_jit.py::TestScript.test_for_in_dict
# inputs: [{"a": 1, "b": 2}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> str:
    out = ""
    for k in d:
        out += k
    return out
