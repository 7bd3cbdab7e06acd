# adapted from test/jit/test_typing.py::TestTyping.test_tuple_type_annotation
# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[int, str]:
    t: Tuple[int, str] = (1, "a")
    return t
