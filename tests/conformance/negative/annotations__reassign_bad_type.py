# adapted from test/jit/test_list_dict.py::TestList.test_list_literal (reassign_bad_type)
import torch


def f():
    x = [1]
    if 1 == 1:
        x = [1.0]
    return
