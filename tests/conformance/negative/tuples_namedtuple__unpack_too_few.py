# adapted from test/test_jit.py::TestScript.test_tuple_unpack_arity
import torch


def f() -> int:
    a, b, c = (1, 2)
    return a
