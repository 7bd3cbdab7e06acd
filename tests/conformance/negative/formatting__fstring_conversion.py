# adapted from test/test_jit.py::TestScript.test_fstring (!r conversion is not supported)
import torch


def f(x: str) -> str:
    return f"{x!r}"
