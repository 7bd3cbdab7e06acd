# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_empty_iterable
# inputs: []
import torch


def f():
    return dict([])
