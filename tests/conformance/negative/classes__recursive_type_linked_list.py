# adapted from test/jit/test_class_type.py::TestClassType.test_recursive_class (classes that contain themselves are rejected in 1.13)
import torch
from typing import List, Optional


class Node(object):
    def __init__(self, val: int, nxt: Optional["Node"]):
        self.val = val
        self.nxt = nxt


def f(xs: List[int]) -> List[int]:
    head: Optional[Node] = None
    for x in xs:
        head = Node(x, head)
    out: List[int] = []
    cur = head
    while cur is not None:
        out.append(cur.val)
        cur = cur.nxt
    return out
