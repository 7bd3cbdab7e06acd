# adapted from test/test_jit.py::TestScript.test_any_type (Any supports no operators)
import torch
from typing import Any


def f(x: Any) -> int:
    return x + 1
