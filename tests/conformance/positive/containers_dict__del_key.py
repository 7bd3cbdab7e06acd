# adapted from test/jit/test_list_dict.py::TestDict.test_del
# inputs: [{"a": 1, "b": 2}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> Dict[str, int]:
    del d["a"]
    return d
