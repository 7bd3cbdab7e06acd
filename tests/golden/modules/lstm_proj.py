# construct: Projected()
# inputs: [torch.linspace(-1, 1, 4 * 3).reshape(4, 3)]
# An LSTM whose hidden state is projected (proj_size) on an unbatched input, without an initial state.
import torch
from torch import nn


class Projected(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, proj_size=2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, (h, c) = self.lstm(x)
        return torch.cat([out.flatten(), h.flatten(), c.flatten()])
