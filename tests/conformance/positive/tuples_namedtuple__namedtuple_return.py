# adapted from test/test_jit.py::TestScript.test_namedtuple_return (a NamedTuple returned by a helper)
# inputs: [torch.tensor([1.0, 2.0])]
import torch
from typing import NamedTuple, Tuple


class Out(NamedTuple):
    total: torch.Tensor
    count: int


def g(x: torch.Tensor) -> Out:
    return Out(x.sum(), x.numel())


def f(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    o = g(x)
    return o.total, o.count
