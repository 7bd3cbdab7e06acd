# a condition that is a constant bool (here a variable bound to a literal) decides the if at compile time
# inputs: [torch.ones(2)]
import torch


def f(t: torch.Tensor) -> torch.Tensor:
    flag = True
    if flag:
        t = t + 1
    else:
        t = t * 2
    return t
