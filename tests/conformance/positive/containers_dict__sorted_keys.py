# adapted from test/jit/test_list_dict.py::TestDict.test_keys (sorted)
# inputs: [{"b": 1, "c": 2, "a": 3}]
import torch
from typing import Dict, List


def f(d: Dict[str, int]) -> List[str]:
    return sorted(d.keys())
