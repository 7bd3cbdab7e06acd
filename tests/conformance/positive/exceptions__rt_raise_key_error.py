# adapted from test/test_jit.py::TestScript.test_exceptions (KeyError)
# inputs: [{"a": 1}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    if "b" not in d:
        raise KeyError("b")
    return d["b"]
