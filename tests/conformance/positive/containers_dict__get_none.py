# adapted from test/jit/test_list_dict.py::TestDict.test_get
# inputs: [{1: 2.5}]
import torch
from typing import Dict, Optional, Tuple


def f(d: Dict[int, float]) -> Tuple[Optional[float], Optional[float]]:
    return d.get(1), d.get(2)
