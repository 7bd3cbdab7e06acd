# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Default Types" (MyPy-style type comment)
# inputs: [3, (torch.rand(3), torch.rand(3))]
import torch


def foo(x, tup):
    # type: (int, Tuple[Tensor, Tensor]) -> Tensor
    t0, t1 = tup
    return t0 + t1 + x
