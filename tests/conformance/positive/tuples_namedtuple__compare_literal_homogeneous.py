# adapted from test/test_jit.py::TestScript.test_tuple_compare (homogeneous constant tuples compare as int lists)
# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[bool, bool]:
    a = (1, 2)
    b = (1, 3)
    return a == b, a != b
