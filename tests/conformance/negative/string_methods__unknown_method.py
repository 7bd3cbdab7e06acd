# adapted from test/test_jit.py::TestScript (str.casefold is not supported)
import torch


def f(s: str) -> str:
    return s.casefold()
