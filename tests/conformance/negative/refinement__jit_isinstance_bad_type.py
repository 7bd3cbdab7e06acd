# adapted from test/jit/test_isinstance.py::TestIsinstance.test_type_with_bad_annotation
import torch
from typing import Any


def f(x: Any) -> bool:
    return torch.jit.isinstance(x, 3)
