# adapted from test/test_jit.py::TestScript.test_type_comments_in_body
import torch
from typing import List


def f() -> List[int]:
    x = []  # type: List[int]
    x.append(4)
    return x
