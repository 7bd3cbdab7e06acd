# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Structural Types" (typing.NamedTuple MyTuple, inc); the entry builds the tuple
# inputs: []
import torch
from typing import NamedTuple
from typing import Tuple


class MyTuple(NamedTuple):
    first: int
    second: int


def inc(x: MyTuple) -> Tuple[int, int]:
    return (x.first+1, x.second+1)


def f() -> Tuple[int, int]:
    t = MyTuple(first=1, second=2)
    return inc(t)
