import torch


# `y is None` is decided statically (y is NoneType), so the result of `or` is known; PyTorch still
# compiles the right operand, and `y.size` on None is an error there.
def f(x: torch.Tensor) -> torch.Tensor:
    y = None
    if y is None or y.size(0) != 3:
        return x
    return x + 1
