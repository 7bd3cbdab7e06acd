# adapted from test/jit/test_list_dict.py::TestList.test_list_variance (return type)
import torch
from typing import List


def f() -> List[float]:
    return [1, 2, 3]
