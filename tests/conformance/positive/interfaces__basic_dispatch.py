# adapted from test/jit/test_class_type.py::TestClassType.test_interface
# inputs: [torch.tensor([1.0, 2.0]), True]
import torch


@torch.jit.interface
class OneTwo(object):
    def one(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        pass

    def two(self, x: torch.Tensor) -> torch.Tensor:
        pass


@torch.jit.script
class FooTest(object):
    def __init__(self):
        self.a = 1

    def one(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return x + y

    def two(self, x: torch.Tensor) -> torch.Tensor:
        return 2 * x


@torch.jit.script
class BarTest(object):
    def __init__(self):
        self.b = 2

    def one(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return x * y

    def two(self, x: torch.Tensor) -> torch.Tensor:
        return 3 * x


def use_them(x: OneTwo, t: torch.Tensor) -> torch.Tensor:
    return x.two(t) + x.one(t, t)


def f(t: torch.Tensor, use_foo: bool) -> torch.Tensor:
    if use_foo:
        obj: OneTwo = FooTest()
    else:
        obj: OneTwo = BarTest()
    return use_them(obj, t)
