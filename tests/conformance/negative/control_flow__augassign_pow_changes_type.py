# adapted from test/test_jit.py::TestScript.test_augmented_assignment (int ** int is float in TorchScript, so x **= 2 changes x's type)
import torch


def f(x: int) -> int:
    x **= 2
    return x
