# adapted from test/test_jit.py::TestScript.test_exception_refinement
# inputs: [{"a": 1}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    v = d.get("a")
    if v is None:
        raise KeyError("a")
    return v
