# adapted from test/test_jit.py::TestScript (bytes are not supported)
import torch


def f(s: str) -> int:
    b = s.encode()
    return 1
