# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Module Instance Class" (invoking the constructor of a module type inside TorchScript
# is an error); the docs' MyModel.doSomething as a class method that the entry calls
import torch


class TestModule(torch.nn.Module):
    def __init__(self, v):
        super().__init__()
        self.x = v

    def forward(self, x: int):
        return self.x + x


class MyModel:
    def __init__(self, v: int):
        self.val = v

    @torch.jit.export
    def doSomething(self, val: int) -> int:
        # error: should not invoke the constructor of module type
        myModel = TestModule(self.val)
        return myModel(val)


def f(val: int) -> int:
    return MyModel(2).doSomething(val)
