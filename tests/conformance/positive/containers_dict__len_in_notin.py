# adapted from test/jit/test_list_dict.py::TestDict.test_len / test_in_check
# inputs: [{"a": 1, "b": 2}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[int, bool, bool]:
    return len(d), "a" in d, "z" not in d
