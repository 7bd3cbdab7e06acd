# adapted from test/test_jit.py::TestScript.test_str_expandtabs
# inputs: ["a\tbc\td"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str]:
    return s.expandtabs(), s.expandtabs(4)
