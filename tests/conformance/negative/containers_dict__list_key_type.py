# adapted from test/jit/test_list_dict.py::TestDict.test_dict_types (unsupported key type)
import torch
from typing import Dict, Tuple


def f() -> int:
    d: Dict[Tuple[int, int], int] = {}
    return len(d)
