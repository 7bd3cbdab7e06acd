# adapted from test/test_jit.py::TestScript.test_any_type
# inputs: [[1, 2]]
import torch
from typing import Any


def f(x: Any) -> Any:
    return x
