# adapted from test/jit/test_class_type.py::TestClassType.test_class_special_methods (arithmetic dunders)
# inputs: [3, 4]
import torch
from typing import List


@torch.jit.script
class V(object):
    def __init__(self, v: int):
        self.v = v

    def __add__(self, o: "V") -> "V":
        return V(self.v + o.v)

    def __sub__(self, o: "V") -> "V":
        return V(self.v - o.v)

    def __mul__(self, o: "V") -> "V":
        return V(self.v * o.v)

    def __neg__(self) -> "V":
        return V(-self.v)

    def __lt__(self, o: "V") -> bool:
        return self.v < o.v

    def __le__(self, o: "V") -> bool:
        return self.v <= o.v

    def __gt__(self, o: "V") -> bool:
        return self.v > o.v

    def __ge__(self, o: "V") -> bool:
        return self.v >= o.v


def f(a: int, b: int) -> List[int]:
    x = V(a)
    y = V(b)
    return [(x + y).v, (x - y).v, (x * y).v, int(x < y), int(x <= y), int(x > y), int(x >= y)]
