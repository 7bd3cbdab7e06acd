# adapted from test/jit/test_typing.py / Language Reference: Final is for module attributes only
import torch
from typing import Final


def f() -> int:
    x: Final[int] = 3
    return x
