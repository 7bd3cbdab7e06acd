# adapted from test/jit/test_list_dict.py::TestList.test_sorted
# inputs: [[3.5, -1.0, 2.0], ["b", "a"]]
import torch
from typing import List, Tuple


def f(a: List[float], b: List[str]) -> Tuple[List[float], List[str]]:
    return sorted(a), sorted(b)
