# adapted from test/jit/test_union.py (PEP 604 syntax is not understood by 1.13)
import torch
from typing import Optional


def f(x: int) -> int:
    y: int | None = x
    return 1
