# adapted from test/jit/test_list_dict.py::TestList.test_list_literal
# inputs: []
import torch
from typing import List


def f() -> List[float]:
    x = [1.0, 2.5]
    x.append(3.0)
    return x
