# `//=` is rejected by the 1.13 frontend ("unsupported kind of augumented assignment: FloorDiv")
import torch


def f(n: int) -> int:
    b = n
    b //= 2
    return b
