# adapted from test/jit/test_list_dict.py::TestDict.test_popitem (empty dict)
# inputs: [{}]
import torch
from typing import Dict, Tuple


def f(d: Dict[str, int]) -> Tuple[str, int]:
    return d.popitem()
