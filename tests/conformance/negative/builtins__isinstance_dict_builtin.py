# adapted from test/jit/test_isinstance.py::TestIsinstance.test_dict (bare `dict` is not a known type name in 1.13)
import torch
from typing import Dict


def f(b: Dict[str, float]) -> bool:
    return isinstance(b, dict)
