# adapted from test/jit/test_list_dict.py::TestDict.test_nested_dict
import torch
from typing import Dict


def f() -> Dict[str, Dict[str, int]]:
    d: Dict[str, Dict[str, int]] = {"a": {"x": 1}}
    d["a"]["y"] = 2
    d["b"] = {}
    return d
