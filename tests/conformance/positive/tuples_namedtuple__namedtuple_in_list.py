# adapted from test/test_jit.py::TestScript.test_namedtuple_in_container
# inputs: []
import torch
from typing import List, NamedTuple


class Item(NamedTuple):
    key: str
    val: int


def f() -> int:
    xs: List[Item] = [Item("a", 1), Item("b", 2)]
    s = 0
    for it in xs:
        s += it.val
    return s
