# adapted from test/jit/test_list_dict.py::TestDict.test_clear
# inputs: [{"a": 1}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[int, Dict[str, int]]:
    d.clear()
    return len(d), d
