# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_dict_comprehension_and_kwargs
# inputs: []
import torch


def f():
    return dict({chr(65 + i): i for i in range(4)}, foo=2)
