# adapted from test/jit/test_list_dict.py::TestDict.test_dict_ordering
# inputs: []
import torch
from typing import List


def f() -> List[int]:
    d = {5: 1, 1: 2, 3: 3}
    d[0] = 4
    d[5] = 9
    return list(d.keys())
