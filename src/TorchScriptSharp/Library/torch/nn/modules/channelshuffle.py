# ChannelShuffle (torch.nn.modules.channelshuffle).
from torch import Tensor
from .module import Module
from .. import functional as F


class ChannelShuffle(Module):
    """Splits the channels into `groups` and interleaves them."""
    __constants__ = ['groups']
    groups: int

    def __init__(self, groups: int) -> None:
        super(ChannelShuffle, self).__init__()
        self.groups = groups

    def forward(self, input: Tensor) -> Tensor:
        return F.channel_shuffle(input, self.groups)

    def extra_repr(self) -> str:
        return 'groups={}'.format(self.groups)
