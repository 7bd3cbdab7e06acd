# construct: PackedEncoder()
# inputs: [torch.linspace(-1, 1, 8 * 3).reshape(8, 3), torch.tensor([3, 2, 2, 1]), torch.linspace(-0.5, 0.5, 4 * 3 * 4).reshape(4, 3, 4)]
# Packed sequences (lengths 4, 3, 1) through a two-layer bidirectional GRU with an initial state: the
# reverse direction starts each sequence at its own last step.
import torch
from torch import nn
from torch.nn.utils.rnn import PackedSequence


class PackedEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 4, num_layers=2, bidirectional=True)

    def forward(self, data: torch.Tensor, batch_sizes: torch.Tensor, h0: torch.Tensor) -> torch.Tensor:
        out, h = self.gru(PackedSequence(data, batch_sizes, None, None), h0)
        return torch.cat([out.data.flatten(), out.batch_sizes.flatten().float(), h.flatten()])
