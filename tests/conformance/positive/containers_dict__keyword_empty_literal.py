# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_empty_dict_comprehension
# inputs: []
import torch


def f():
    return {}
