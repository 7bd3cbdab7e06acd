# adapted from test/test_jit.py::TestScript.test_fstring (format specs are not supported)
import torch


def f(x: float) -> str:
    return f"{x:.2f}"
