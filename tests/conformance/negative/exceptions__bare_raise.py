# adapted from Language Reference: re-raise without an exception is not supported
import torch


def f(x: int) -> int:
    if x < 0:
        raise
    return x
