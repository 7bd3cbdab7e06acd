# adapted from test/test_jit.py::TestScript.test_tuple_keyword
import torch


def f():
    return tuple([1, 2, 3]), tuple((4, 5))
