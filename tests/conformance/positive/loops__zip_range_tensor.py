# adapted from test/test_jit.py::TestScript.test_zip_with_range
# inputs: [torch.tensor([1.0, 2.0, 3.0])]
import torch


def f(x: torch.Tensor) -> float:
    s = 0.0
    for i, v in zip(range(10), x):
        s += float(v) * i
    return s
