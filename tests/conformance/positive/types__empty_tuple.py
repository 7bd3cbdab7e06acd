# adapted from test/test_jit.py::TestScript.test_empty_tuple
# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[()]:
    return ()
