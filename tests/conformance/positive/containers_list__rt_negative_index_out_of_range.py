# adapted from test/jit/test_list_dict.py::TestList.test_list_gather (bad_negative_index)
# inputs: []
import torch


def f() -> int:
    a = [1, 2, 3]
    return a[-5]
