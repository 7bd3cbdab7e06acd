# adapted from test/jit/test_list_dict.py::TestDict.test_popitem
# inputs: [{"a": 1, "b": 2, "c": 3}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[Tuple[str, int], Dict[str, int]]:
    item = d.popitem()
    return item, d
