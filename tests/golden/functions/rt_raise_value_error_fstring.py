# inputs: [42]
import torch


def f(n: int) -> int:
    if n % 2 == 0:
        raise ValueError(f"even value {n}")
    return n
