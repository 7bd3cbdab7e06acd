# adapted from test/test_jit.py::TestScript.test_optional_refinement (wrong value type)
import torch
from typing import Optional


def f() -> int:
    x: Optional[int] = "a"
    return 1
