# inputs: [1]
import torch


def f(x: int):
    y = x + 1
    return None
