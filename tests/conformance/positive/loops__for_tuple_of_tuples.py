# adapted from test/test_jit.py::TestScript.test_for_tuple_unpack
# inputs: []
import torch


def f() -> int:
    s = 0
    for a, b in ((1, 2), (3, 4)):
        s += a * b
    return s
