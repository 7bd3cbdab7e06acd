# adapted from test/jit/test_union.py::TestUnion.test_union_branching_does_not_autoinfer_undeclared_union
import torch


def f(x: bool):
    if x:
        y = "foo"
    else:
        y = 1
    return y
