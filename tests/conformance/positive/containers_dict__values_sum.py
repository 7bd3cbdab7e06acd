# adapted from test/jit/test_list_dict.py::TestDict.test_values
# inputs: [{"a": 1, "b": 5}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    return sum(d.values())
