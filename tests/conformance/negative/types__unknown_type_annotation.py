# adapted from test/test_jit.py::TestScript.test_unknown_builtin
import torch


def f(x: "Foo") -> int:
    return 1
