# adapted from test/jit/test_union.py::TestUnion.test_union_as_dict_value
# inputs: []
import torch
from typing import Dict, Union


def f():
    x: Dict[str, Union[int, str]] = {}
    x["foo"] = "bar"
    x["baz"] = 2
    return x["baz"]
