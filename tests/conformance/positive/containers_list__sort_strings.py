# adapted from test/jit/test_list_dict.py::TestList.test_sort_on_list
# inputs: [["pear", "apple", "Banana", "fig"]]
import torch
from typing import List


def f(x: List[str]) -> List[str]:
    x.sort()
    return x
