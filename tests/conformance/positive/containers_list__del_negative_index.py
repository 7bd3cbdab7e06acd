# adapted from test/jit/test_list_dict.py::TestList.test_del
# inputs: [["a", "b", "c"]]
import torch
from typing import List


def f(x: List[str]) -> List[str]:
    del x[-1]
    return x
