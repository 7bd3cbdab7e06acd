# adapted from test/jit/test_list_dict.py::TestDict.test_equality
import torch
from typing import Dict, Tuple


def f(a: Dict[str, int], b: Dict[str, int]) -> Tuple[bool, bool]:
    return a == b, a != {"a": 1}
