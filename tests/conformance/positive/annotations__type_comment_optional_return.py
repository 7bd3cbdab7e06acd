# adapted from test/test_jit.py::TestScript.test_optional_type_comment
# inputs: [-1]
import torch
from typing import Optional


def f(x):
    # type: (int) -> Optional[int]
    if x < 0:
        return None
    return x
