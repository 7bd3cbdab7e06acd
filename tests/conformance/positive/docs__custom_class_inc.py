# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Custom Class" (MyClass with inc); the entry constructs it
# inputs: [3, 4]
import torch


@torch.jit.script
class MyClass:
    def __init__(self, x: int):
        self.x = x

    def inc(self, val: int):
        self.x += val


def f(x: int, val: int) -> int:
    c = MyClass(x)
    c.inc(val)
    return c.x
