# adapted from test/test_jit.py::TestScript.test_torch_return_types (max with dim returns a named tuple)
# inputs: [torch.tensor([[1.0, 5.0], [7.0, 2.0]])]
import torch


def f(x: torch.Tensor):
    r = torch.max(x, 1)
    return r.values, r.indices, r[0]
