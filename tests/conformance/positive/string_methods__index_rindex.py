# adapted from test/test_jit.py::TestScript.test_str_index_method
# inputs: ["hello"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[int, int]:
    return s.index("l"), s.rindex("l")
