# adapted from test/test_jit.py::TestScript.test_enumerate_tensor
# inputs: [torch.tensor([10.0, 20.0])]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    acc = torch.zeros(1)
    for i, v in enumerate(x):
        acc = acc + v * i
    return acc
