# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_kwargs
# inputs: []
import torch


def f():
    return dict(foo=1, bar=2, baz=3)
