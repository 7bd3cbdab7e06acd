# adapted from test/test_jit.py::TestScript.test_optional_refinement (use before refinement)
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    return x + 1
