# adapted from test/jit/test_class_type.py (exception raised inside a method)
# inputs: [-1]
import torch


@torch.jit.script
class Checked(object):
    def __init__(self, v: int):
        if v < 0:
            raise ValueError("negative value for Checked")
        self.v = v


def f(x: int) -> int:
    return Checked(x).v
