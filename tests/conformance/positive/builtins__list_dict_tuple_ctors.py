# adapted from test/jit/test_list_dict.py::TestList.test_list_keyword / TestDict.test_dict_keyword_with_iterable
# inputs: []
import torch


def f():
    a = list((1, 2))
    b = dict([("x", 1)])
    c = list({"k": 2})
    return a, b, c
