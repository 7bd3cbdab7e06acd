# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "TorchScript Classes" (class Pair and sum_pair); the entry builds the Pair
# inputs: [torch.rand(2, 3), torch.rand(2, 3)]
import torch


@torch.jit.script
class Pair:
  def __init__(self, first, second):
    self.first = first
    self.second = second


def sum_pair(p):
  # type: (Pair) -> Tensor
  return p.first + p.second


def f(a, b):
    p = Pair(a, b)
    return sum_pair(p)
