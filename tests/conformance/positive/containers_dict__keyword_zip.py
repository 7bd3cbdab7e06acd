# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_internal_aggregate_function
# inputs: []
import torch


def f():
    return dict(zip(["foo", "baz", "bar"], [1, 2, 3]))
