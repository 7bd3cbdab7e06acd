# adapted from Language Reference: set is not a TorchScript type
import torch
from typing import Set


def f(x: Set[int]) -> int:
    return 1
