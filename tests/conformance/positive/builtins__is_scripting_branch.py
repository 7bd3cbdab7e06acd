# adapted from Language Reference: torch.jit.is_scripting() guards Python-only code
# inputs: [3]
import torch


def f(x: int) -> int:
    if torch.jit.is_scripting():
        return x + 1
    else:
        return x - 1
