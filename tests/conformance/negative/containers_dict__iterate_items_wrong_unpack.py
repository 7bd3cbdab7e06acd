# adapted from test/jit/test_list_dict.py::TestDict.test_items (bad unpack arity)
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    for k, v, w in d.items():
        pass
    return 0
