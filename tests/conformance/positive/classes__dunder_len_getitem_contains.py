# adapted from test/jit/test_class_type.py::TestClassType.test_overloaded_fn / dunder methods (__len__, __getitem__, __contains__)
# inputs: [[3, 4, 5]]
import torch
from typing import List, Tuple


@torch.jit.script
class Seq(object):
    def __init__(self, xs: List[int]):
        self.xs = xs

    def __len__(self) -> int:
        return len(self.xs)

    def __getitem__(self, i: int) -> int:
        return self.xs[i]

    def __contains__(self, v: int) -> bool:
        return v in self.xs


def f(xs: List[int]) -> Tuple[int, int, bool, bool]:
    s = Seq(xs)
    return len(s), s[1], 4 in s, 9 in s
