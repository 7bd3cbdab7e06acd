# adapted from test/test_jit.py::TestScript.test_dict_comprehension_with_items
# inputs: [{"a": 1, "b": 2}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> Dict[int, str]:
    return {v: k for k, v in d.items()}
