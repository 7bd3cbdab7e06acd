# `a and True` / `a or False` as an if condition branches on `a`; `not`, `while` and assignments keep the short-circuit
# inputs: [True, False, torch.ones(2)]
import torch


def f(x: bool, b: bool, t: torch.Tensor) -> torch.Tensor:
    if x or False:
        t = t + 1
    if not (b and True):
        t = t + 2
    if x and True and b:
        t = t + 3
    z = b and True
    if z:
        t = t + 4
    return t
