# adapted from test/test_jit.py::TestScript.test_list_str
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    return list("xyz")
