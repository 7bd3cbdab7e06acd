# adapted from test/jit/test_list_dict.py::TestDict.test_dict_tuple_values
# inputs: []
import torch
from typing import Dict, Tuple


def f() -> Dict[int, Tuple[int, str]]:
    d = {1: (1, "a")}
    d[2] = (2, "b")
    return d
