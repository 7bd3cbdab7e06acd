# construct: User()
# inputs: [torch.linspace(-1, 1, 4)]
# A user module's forward declared with torch.jit._overload_method stubs: scripted as forward__0 (int)
# and forward__1 (Tensor); each call in the parent picks the variant its argument types match.
import torch
from torch import nn


class Shift(nn.Module):
    @torch.jit._overload_method  # noqa: F811
    def forward(self, x: int) -> int:
        pass

    @torch.jit._overload_method  # noqa: F811
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pass

    def forward(self, x):  # noqa: F811
        return x + 1


class User(nn.Module):
    def __init__(self):
        super().__init__()
        self.shift = Shift()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.shift(x) * self.shift(2)
