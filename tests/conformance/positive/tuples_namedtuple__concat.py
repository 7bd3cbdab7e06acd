# adapted from test/test_jit.py::TestScript.test_tuple_add
# inputs: [(1, "a")]
import torch
from typing import Tuple


def f(t: Tuple[int, str]):
    return t + (2.5,) + ()
