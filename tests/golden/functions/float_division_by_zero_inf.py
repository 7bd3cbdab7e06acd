# inputs: [1.5, 0.0, torch.tensor([1., -1., 0.])]
# float / 0.0 in TorchScript gives inf (no ZeroDivisionError, unlike Python); tensor / 0 gives inf/-inf/nan.
import torch
from typing import Tuple


def f(a: float, b: float, t: torch.Tensor) -> Tuple[float, torch.Tensor]:
    return a / b, t / 0
