# construct: Blend()
# inputs: [torch.linspace(-1, 1, 4), torch.linspace(2, 3, 4)]
# Hooks on the scripted module itself: its `.code` is forward alone, and calling it runs the pre-hook
# (which swaps the two inputs as a tuple) and the forward hook, as PyTorch's scripted module does.
from typing import Tuple

import torch
from torch import nn


def swap(module: nn.Module, input: Tuple[torch.Tensor, torch.Tensor]) -> Tuple[torch.Tensor, torch.Tensor]:
    return input[1], input[0]


def scale(module: nn.Module, input: Tuple[torch.Tensor, torch.Tensor], output: torch.Tensor) -> torch.Tensor:
    return output * module.weight


class Blend(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.full((4,), 0.5))
        self.register_forward_pre_hook(swap)
        self.register_forward_hook(scale)

    def forward(self, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        return a - 2 * b
