# adapted from test/test_jit.py::TestScript.test_exceptions (TypeError)
# inputs: ["a"]
import torch


def f(x: str) -> int:
    if x != "int":
        raise TypeError("expected int, got " + x)
    return 0
