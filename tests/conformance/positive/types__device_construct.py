# adapted from test/test_jit.py::TestScript.test_device_not_equal
# inputs: []
import torch


def f() -> bool:
    a = torch.device("cpu")
    b = torch.device("cpu")
    return a == b
