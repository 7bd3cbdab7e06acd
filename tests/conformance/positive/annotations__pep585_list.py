# adapted from test/jit/test_typing.py (PEP 585 builtin generics)
# inputs: [[3, 1, 2]]
import torch


def f(x: list[int]) -> list[int]:
    y: list[int] = []
    for v in x:
        y.append(v * 2)
    return y
