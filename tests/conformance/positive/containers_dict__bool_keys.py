# adapted from test/jit/test_list_dict.py::TestDict.test_dict_types (bool keys)
# inputs: []
import torch
from typing import Dict


def f() -> Dict[bool, str]:
    d: Dict[bool, str] = {True: "t"}
    d[False] = "f"
    return d
