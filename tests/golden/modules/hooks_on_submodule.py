# construct: Outer()
# inputs: [torch.linspace(-1, 1, 6).reshape(2, 3)]
# Forward pre-hooks and forward hooks on a submodule: PyTorch 1.13 scripts them as functions of the
# submodule's type and inlines their calls around `(inner).forward(...)` in the parent. A hook returning
# None leaves the input/output alone; a pre-hook's single value becomes the new one-element input tuple.
from typing import Tuple

import torch
from torch import nn


class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.lin(x) - 1


def check_input(module: Inner, input: Tuple[torch.Tensor]) -> None:
    assert input[0].dim() == 2


def triple_input(module: Inner, input: Tuple[torch.Tensor]) -> torch.Tensor:
    return input[0] * 3


def add_input(module: Inner, input: Tuple[torch.Tensor], output: torch.Tensor) -> torch.Tensor:
    return output + input[0]


def check_output(module: Inner, input: Tuple[torch.Tensor], output: torch.Tensor) -> None:
    assert output.size(1) == 3


class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()
        self.inner.register_forward_pre_hook(check_input)
        self.inner.register_forward_pre_hook(triple_input)
        self.inner.register_forward_hook(add_input)
        self.inner.register_forward_hook(check_output)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.inner(x)
