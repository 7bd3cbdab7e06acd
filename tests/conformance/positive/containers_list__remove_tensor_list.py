# adapted from test/jit/test_list_dict.py::TestList.test_remove (tensor element, compared by equality)
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    a = ["a", "b", "c"]
    a.remove("b")
    return a
