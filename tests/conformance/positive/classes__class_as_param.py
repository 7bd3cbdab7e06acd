# adapted from test/jit/test_class_type.py::TestClassType.test_class_type_as_param
# inputs: [torch.ones(2)]
import torch


@torch.jit.script
class FooTest(object):
    def __init__(self, x: torch.Tensor):
        self.attr = x


def fn(foo: FooTest) -> torch.Tensor:
    return foo.attr


def f(x: torch.Tensor) -> torch.Tensor:
    return fn(FooTest(x)) * 2
