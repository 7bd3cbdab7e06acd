# adapted from test/jit/test_isinstance.py::TestIsinstance.test_optional_no_contained_type
# inputs: [None]
import torch
from typing import Any, Optional


def f(x: Any) -> bool:
    return torch.jit.isinstance(x, Optional[int])
