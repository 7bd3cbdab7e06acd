# adapted from test/jit/test_list_dict.py::TestDict.test_dict_list_values (aliasing)
# inputs: []
import torch
from typing import Dict, List


def f() -> Dict[str, List[int]]:
    d: Dict[str, List[int]] = {"a": [1]}
    l = d["a"]
    l.append(2)
    return d
