import torch


def f(s: str, n: int) -> str:
    return s + n
