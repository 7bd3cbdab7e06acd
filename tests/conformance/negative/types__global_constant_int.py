# adapted from TorchScript Language Reference: module-level constants are inlined
import torch

SCALE = 10


def f(x: int) -> int:
    return x * SCALE
