# construct: Tagger()
# inputs: [torch.linspace(-1, 1, 2 * 5 * 3).reshape(2, 5, 3), torch.linspace(-0.5, 0.5, 2 * 2 * 4).reshape(2, 2, 4), torch.linspace(0.3, -0.3, 2 * 2 * 4).reshape(2, 2, 4)]
# A two-layer batch_first LSTM given (h0, c0): `self.lstm(x, (h0, c0))` resolves to forward__0, and
# the (output, (h, c)) result is unpacked in the parent.
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4, num_layers=2, batch_first=True)
        self.head = nn.Linear(4, 2)

    def forward(self, x: torch.Tensor, h0: torch.Tensor, c0: torch.Tensor) -> torch.Tensor:
        out, (h, c) = self.lstm(x, (h0, c0))
        return torch.cat([self.head(out).flatten(), h.flatten(), c.flatten()])
