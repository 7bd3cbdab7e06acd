# adapted from test/jit/test_list_dict.py::TestDict.test_dict_bool_conversion
# inputs: [{}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> str:
    if d:
        return "non-empty"
    return "empty"
