# adapted from test/jit/test_isinstance.py::TestIsinstance.test_str
# inputs: ["hi"]
import torch
from typing import Any


def f(x: Any) -> str:
    if isinstance(x, str):
        return x.upper()
    return "?"
