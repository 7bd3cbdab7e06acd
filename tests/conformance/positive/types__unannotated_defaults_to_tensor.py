# adapted from test/test_jit.py::TestScript.test_annotated_script_fn (unannotated params are Tensor)
# inputs: [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
import torch


def f(a, b):
    return a * b + 1
