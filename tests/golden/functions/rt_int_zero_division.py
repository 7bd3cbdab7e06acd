# inputs: [7, 0]
import torch


def f(a: int, b: int) -> int:
    return a // b
