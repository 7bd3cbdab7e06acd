# a conditional expression whose test is `a and True` / `a or False` branches on `a`, like an if statement
# inputs: [True, torch.ones(2)]
import torch


def f(x: bool, t: torch.Tensor) -> torch.Tensor:
    a = t if x and True else t * 2
    b = t if not x or False else t * 3
    return a + b
