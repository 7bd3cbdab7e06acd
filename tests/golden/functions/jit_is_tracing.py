# inputs: [torch.arange(3.)]
import torch


# torch.jit.is_tracing is a Python function in PyTorch, compiled (to `return False`) and called;
# torchvision's stochastic_depth tests it, after `not torch.jit.is_scripting() and`.
def f(x: torch.Tensor) -> torch.Tensor:
    if torch.jit.is_tracing():
        return x + 1
    return x * 2
