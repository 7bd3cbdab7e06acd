# adapted from test/test_jit.py::TestScript.test_tuple_list_in
import torch


def f() -> bool:
    xs = [(1, "a"), (2, "b")]
    return xs[1] == (2, "b")
