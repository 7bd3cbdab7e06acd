# adapted from test/jit/test_class_type.py::TestClassType.test_get_with_method
# inputs: [torch.tensor([1.0, 2.0])]
import torch


@torch.jit.script
class FooTest(object):
    def __init__(self, x: torch.Tensor):
        self.foo = x

    def getFooTest(self) -> torch.Tensor:
        return self.foo


def f(x: torch.Tensor) -> torch.Tensor:
    o = FooTest(x)
    return o.getFooTest()
