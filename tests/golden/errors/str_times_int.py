import torch


def f(a: str) -> str:
    return a * 2
