import torch


def f(x: int) -> int:
    try:
        y = x + 1
    except Exception:
        y = 0
    return y
