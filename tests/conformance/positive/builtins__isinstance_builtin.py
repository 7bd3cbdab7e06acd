# adapted from test/jit/test_isinstance.py::TestIsinstance.test_list_tensor / test_dict
# inputs: [[1, 2], {"a": 1.0}]
import torch
from typing import Dict, List


def f(a: List[int], b: Dict[str, float]) -> List[bool]:
    return [isinstance(a, list), isinstance(a, tuple), isinstance(1, (int, float)),
            isinstance("s", str), isinstance(2.0, float)]
