# adapted from test/jit/test_list_dict.py::TestDict.test_get
# inputs: [{"a": 1}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[int, int]:
    return d.get("a", 0), d.get("b", 7)
