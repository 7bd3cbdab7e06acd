# adapted from test/jit/test_list_dict.py::TestList.test_nested_list
# inputs: [[[1, 2], [3], []]]
import torch
from typing import List


def f(x: List[List[int]]) -> List[int]:
    out: List[int] = []
    for row in x:
        out.append(len(row))
    x[0].append(9)
    out.extend(x[0])
    return out
