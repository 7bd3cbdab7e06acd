# inputs: [17]
# Quirk (design notes 2.5): `n %= 3` on an int uses aten::fmod and yields a float in 1.13.
import torch


def f(n: int) -> float:
    n %= 3
    return n
