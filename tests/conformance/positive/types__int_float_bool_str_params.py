# adapted from test/test_jit.py::TestScript.test_script_annotation (typed parameters)
# inputs: [3, 2.5, True, "abc"]
import torch
from typing import Tuple


def f(a: int, b: float, c: bool, d: str) -> Tuple[int, float, bool, str]:
    return a + 1, b * 2.0, not c, d + "!"
