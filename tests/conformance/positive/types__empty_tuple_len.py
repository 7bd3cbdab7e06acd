# adapted from test/test_jit.py::TestScript.test_tuple_len
# inputs: []
import torch


def f() -> int:
    t = ()
    return len(t) + len((1, 2))
