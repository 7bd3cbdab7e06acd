# adapted from Language Reference: for ... else is not supported
import torch


def f(n: int) -> int:
    for i in range(n):
        pass
    else:
        return 1
    return 0
