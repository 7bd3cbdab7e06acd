# adapted from test/test_jit.py::TestScript.test_none_type
# inputs: [None]
import torch


def f(x: None) -> bool:
    return x is None
