# adapted from test/test_jit.py::TestScript.test_optional_return
# inputs: [0]
import torch
from typing import Optional


def f(x: int) -> Optional[str]:
    if x > 0:
        return "pos"
    return None
