# adapted from test/jit/test_class_type.py::TestClassType.test_conversion_dunders (__bool__, __int__, __float__, __str__)
# inputs: [0]
import torch
from typing import Tuple


@torch.jit.script
class W(object):
    def __init__(self, v: int):
        self.v = v

    def __bool__(self) -> bool:
        return self.v != 0

    def __int__(self) -> int:
        return self.v * 2

    def __float__(self) -> float:
        return self.v + 0.5

    def __str__(self) -> str:
        return "W(" + str(self.v) + ")"


def f(x: int) -> Tuple[bool, int, float, str]:
    w = W(x)
    return bool(w), int(w), float(w), str(w)
