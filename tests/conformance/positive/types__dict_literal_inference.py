# adapted from test/jit/test_list_dict.py::TestDict.test_dict_literal
# inputs: []
import torch
from typing import Dict


def f() -> Dict[str, float]:
    d = {"a": 1.0, "b": 2.0}
    d["c"] = 3.0
    return d
