# adapted from test/jit/test_class_type.py::TestClassType.test_tensor_field
# inputs: [torch.zeros(2)]
import torch


@torch.jit.script
class Acc(object):
    def __init__(self, x: torch.Tensor):
        self.total = x

    def add(self, y: torch.Tensor):
        self.total = self.total + y


def f(x: torch.Tensor) -> torch.Tensor:
    a = Acc(x)
    a.add(torch.ones(2))
    a.add(torch.ones(2) * 2)
    return a.total
