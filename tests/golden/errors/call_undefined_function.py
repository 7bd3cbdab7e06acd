import torch


def f(x: int) -> int:
    return undefined_helper(x)
