# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_with_mismatched_annotations
import torch
from typing import Dict


def f():
    x: Dict[int, str] = dict([("foo", 1), ("bar", 2), ("baz", 3)])
    return x
