# adapted from Language Reference: raise ... from is not supported -- 1.13: `raise ... from` compiles; the cause is dropped
# inputs: [1]
import torch


def f(x: int) -> int:
    raise ValueError("a") from None
