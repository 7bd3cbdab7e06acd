# adapted from test/jit/test_list_dict.py::TestList.test_list_keyword (foo3)
# inputs: []
import torch


def f():
    return list(list("abc"))
