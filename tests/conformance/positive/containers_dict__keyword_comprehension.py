# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_dict_comprehension
# inputs: []
import torch


def f():
    return {i: chr(i + 65) for i in range(4)}
