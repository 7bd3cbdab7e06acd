import torch


def f(a: int) -> int:
    return ~a
