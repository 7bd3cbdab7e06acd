# adapted from test/test_jit.py::TestScript.test_call_script_fn_from_script_fn
# inputs: [3]
import torch


def a(x: int) -> int:
    return x + 1


def b(x: int) -> int:
    return a(x) * 2


def f(x: int) -> int:
    return b(a(x))
