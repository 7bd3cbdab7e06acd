# adapted from test/test_jit.py::TestScript.test_print (print compiles to prim::Print)
# inputs: [torch.tensor([1.0]), 3]
import torch


def f(x: torch.Tensor, n: int) -> int:
    print("value", x, n, [1, 2], "done")
    return n + 1
