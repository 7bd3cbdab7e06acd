# adapted from test/test_jit.py::TestScript.test_dict_comprehension
# inputs: [["a", "bb", "ccc"]]
import torch
from typing import Dict, List


def f(xs: List[str]) -> Dict[str, int]:
    return {x: len(x) for x in xs}
