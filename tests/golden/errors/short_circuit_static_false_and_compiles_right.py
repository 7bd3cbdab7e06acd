import torch


# `y is not None` is statically False, so the `and` is False whatever follows; PyTorch still compiles
# the right operand, where `y.size` on None is an error.
def f(x: torch.Tensor) -> torch.Tensor:
    y = None
    if y is not None and y.size(0) == 3:
        return x + 1
    return x
