# adapted from test/jit/test_isinstance.py::TestIsinstance.test_dict
# inputs: [{"a": torch.ones(1)}]
import torch
from typing import Any, Dict


def f(x: Any) -> int:
    if torch.jit.isinstance(x, Dict[str, torch.Tensor]):
        return len(x)
    return -1
