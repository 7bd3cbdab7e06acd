# adapted from test/test_jit.py::TestScript.test_dict_comprehension (1.13 rejects comprehension ifs)
import torch
from typing import Dict, List


def f(xs: List[int]) -> Dict[int, int]:
    return {x: x for x in xs if x % 2 == 0}
