# adapted from test/jit/test_list_dict.py::TestDict.test_dict_types (float keys)
# inputs: [{0.5: 1, 1.5: 2}]
import torch
from typing import Dict


def f(d: Dict[float, int]) -> int:
    return d[0.5] + d[1.5]
