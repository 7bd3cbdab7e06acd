# adapted from test/test_jit.py::TestScript.test_unused_decorator (tensor signature)
# inputs: [torch.ones(2), False]
import torch


@torch.jit.unused
def debug_dump(x: torch.Tensor) -> torch.Tensor:
    print(x.numpy())
    return x


def f(x: torch.Tensor, dbg: bool) -> torch.Tensor:
    if dbg:
        x = debug_dump(x)
    return x + 1
