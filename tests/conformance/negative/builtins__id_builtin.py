# adapted from Language Reference: id is not supported
import torch


def f(x: int) -> int:
    return id(x)
