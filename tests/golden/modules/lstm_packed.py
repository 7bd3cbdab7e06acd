# construct: PackedTagger()
# inputs: [torch.linspace(-1, 1, 5 * 3).reshape(5, 3), torch.tensor([2, 2, 1])]
# A PackedSequence built in scripted code: `self.lstm(packed)` resolves to the overload variant
# forward__1 and returns a PackedSequence (a NamedTuple, __torch__.torch.nn.utils.rnn.PackedSequence).
import torch
from torch import nn
from torch.nn.utils.rnn import PackedSequence


class PackedTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4)

    def forward(self, data: torch.Tensor, batch_sizes: torch.Tensor) -> torch.Tensor:
        packed = PackedSequence(data, batch_sizes, None, None)
        out, (h, c) = self.lstm(packed)
        return torch.cat([out.data.flatten(), h.flatten(), c.flatten()])
