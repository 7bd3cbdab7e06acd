# adapted from test/test_jit.py::TestScript.test_return_type_annotation
# inputs: [torch.tensor([2.0])]
import torch


def f(x) -> float:
    return float(x.item())
