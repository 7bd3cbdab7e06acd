# adapted from test/jit/test_list_dict.py::TestList.test_count
# inputs: [[1, 2, 2, 3, 2], ["a", "b", "a"]]
import torch
from typing import List, Tuple


def f(x: List[int], y: List[str]) -> Tuple[int, int, int]:
    return x.count(2), y.count("a"), x.count(9)
