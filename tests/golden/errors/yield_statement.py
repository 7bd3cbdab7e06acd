import torch


def f(n: int):
    for i in range(n):
        yield i
