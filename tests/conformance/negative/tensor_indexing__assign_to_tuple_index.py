# adapted from test/test_jit.py::TestScript.test_index_put (assigning to a str item)
import torch
from typing import List


def f(x: List[str]) -> List[str]:
    x[0][0] = "a"
    return x
