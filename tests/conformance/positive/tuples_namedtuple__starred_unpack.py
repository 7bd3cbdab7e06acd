# adapted from test/test_jit.py::TestScript.test_multi_reduction / starred assignment
# inputs: []
import torch
from typing import Tuple


def f():
    a, *b = (1, 2, 3)
    return a, b
