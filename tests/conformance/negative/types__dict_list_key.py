# adapted from test/jit/test_list_dict.py::TestDict (only int/float/complex/Tensor/str keys)
import torch
from typing import Dict, List


def f(x: Dict[List[int], int]) -> int:
    return 1
