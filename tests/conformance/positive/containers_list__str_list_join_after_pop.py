# adapted from test/jit/test_list_dict.py::TestList.test_pop
# inputs: [["a", "b", "c"]]
import torch
from typing import List


def f(x: List[str]) -> str:
    last = x.pop()
    return ",".join(x) + "|" + last
