# adapted from test/jit/test_list_dict.py::TestList.test_list_ops (test_list_equality_as_cond)
# inputs: []
import torch


def f() -> int:
    a = [1, 2, 3]
    b = [3]
    if a == b:
        c = 1
    else:
        c = 2
    return c
