# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_kwargs_using_container_values
# inputs: []
import torch


def f():
    return dict(foo=[1, 2, 3], bar=[4, 5, 6], baz=[7, 8, 9])
