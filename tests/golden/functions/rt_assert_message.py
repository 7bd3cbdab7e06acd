# inputs: [-3]
import torch


def f(x: int) -> int:
    assert x >= 0, "x must be non-negative"
    return x
