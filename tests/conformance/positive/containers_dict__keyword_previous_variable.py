# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_previously_declared_variable_and_kwargs
# inputs: []
import torch


def f():
    d = {"foo": 1, "bar": 2}
    return dict(d), dict(d, baz=3)
