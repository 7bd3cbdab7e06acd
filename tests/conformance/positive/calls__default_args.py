# adapted from test/test_jit.py::TestScript.test_default_args
# inputs: [1]
import torch
from typing import List, Optional


def g(x: int, y: int = 10, s: str = "s", z: float = 0.5, o: Optional[int] = None) -> str:
    extra = 0 if o is None else o
    return s + str(x + y + extra) + str(z)


def f(x: int) -> List[str]:
    return [g(x), g(x, 2), g(x, s="t"), g(x, z=1.5, o=3)]
