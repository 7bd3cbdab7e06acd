import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.pixel_shuffle(t0, upscale_factor=1)
