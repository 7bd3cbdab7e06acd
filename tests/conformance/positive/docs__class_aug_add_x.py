# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "TorchScript Classes" (class Foo with aug_add_x); the entry constructs it
# inputs: [torch.ones(2), torch.zeros(2), torch.full((2,), 3.0)]
import torch


@torch.jit.script
class Foo:
  def __init__(self, x, y):
    self.x = x

  def aug_add_x(self, inc):
    self.x += inc


def f(x, y, inc):
    foo = Foo(x, y)
    foo.aug_add_x(inc)
    return foo.x
