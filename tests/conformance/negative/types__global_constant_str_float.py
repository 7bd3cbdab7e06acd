# adapted from test/test_jit.py::TestScript.test_python_constants
import torch
from typing import Tuple

NAME = "scale"
FACTOR = 1.5


def f(x: float) -> Tuple[str, float]:
    return NAME, x * FACTOR
