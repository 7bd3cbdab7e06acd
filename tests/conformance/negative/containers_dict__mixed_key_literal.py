# adapted from test/jit/test_list_dict.py::TestDict.test_dict_literal (mixed key types)
import torch


def f():
    return {1: "a", "b": "c"}
