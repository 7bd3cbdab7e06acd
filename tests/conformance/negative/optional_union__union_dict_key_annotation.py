# adapted from test/jit/test_union.py::TestUnion.test_union_as_dict_key
import torch
from typing import Dict, Union


def f(x: Dict[Union[int, str], int]) -> int:
    return 1
