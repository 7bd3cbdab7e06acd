# adapted from test/jit/test_list_dict.py::TestList.test_list_literal (reassign_from_empty_literal)
import torch


def f():
    x = []
    if 1 == 1:
        x = [1, 2, 3]
    return
