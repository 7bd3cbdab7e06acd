import torch


def f(a: str, b: str) -> str:
    return a - b
