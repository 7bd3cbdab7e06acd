# adapted from test/jit/test_typing.py / Language Reference "Final" (module-level constant)
import torch
from typing import Final

LIMIT: Final[int] = 3


def f(x: int) -> int:
    return min(x, LIMIT)
