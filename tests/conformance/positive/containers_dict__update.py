# adapted from test/jit/test_list_dict.py::TestDict.test_update
# inputs: [{"a": 1, "b": 2}, {"b": 20, "c": 30}]
import torch
from typing import Dict


def f(a: Dict[str, int], b: Dict[str, int]) -> Dict[str, int]:
    a.update(b)
    return a
