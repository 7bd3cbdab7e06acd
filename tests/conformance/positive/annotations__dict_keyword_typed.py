# adapted from test/jit/test_list_dict.py::TestDict.test_dict_keyword_is_correctly_typed
# inputs: []
import torch
from typing import Dict


def f() -> Dict[str, int]:
    x: Dict[str, int] = dict()
    x["foo"] = 1
    return x
