# adapted from test/jit/test_list_dict.py::TestList.test_list_of_tuples
# inputs: []
import torch
from typing import List, Tuple


def f() -> List[Tuple[int, str]]:
    xs = [(1, "a"), (2, "b")]
    xs.append((3, "c"))
    return xs
