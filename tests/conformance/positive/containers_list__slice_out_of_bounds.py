# adapted from test/jit/test_list_dict.py::TestList.test_slice_index (clamping)
# inputs: [[1, 2, 3]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[List[int], List[int], List[int]]:
    return x[1:100], x[-100:1], x[5:7]
