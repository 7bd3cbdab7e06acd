# torch.nn.utils.rnn: PackedSequence, the batch of variable-length sequences the RNN modules accept.
# PyTorch scripts it as a NamedTuple named __torch__.torch.nn.utils.rnn.PackedSequence with these four
# fields (data, batch_sizes, sorted_indices, unsorted_indices); the eager evaluator runs this file for
# isinstance checks and unpacking in the RNN modules, the compiler resolves the type from it.
from typing import NamedTuple, Optional
import torch
from torch import Tensor


class PackedSequence(NamedTuple):
    data: Tensor
    batch_sizes: Tensor
    sorted_indices: Optional[Tensor] = None
    unsorted_indices: Optional[Tensor] = None
