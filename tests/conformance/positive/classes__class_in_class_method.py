# adapted from test/jit/test_class_type.py::TestClassType.test_class_constructs_class
# inputs: [2]
import torch


@torch.jit.script
class Leaf(object):
    def __init__(self, v: int):
        self.v = v


@torch.jit.script
class Tree(object):
    def __init__(self, v: int):
        self.left = Leaf(v)
        self.right = Leaf(v * 3)

    def total(self) -> int:
        return self.left.v + self.right.v


def f(x: int) -> int:
    return Tree(x).total()
