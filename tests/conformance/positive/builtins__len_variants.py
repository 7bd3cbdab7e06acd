# adapted from test/jit/test_builtins.py (len of list, str, dict, tuple, tensor)
# inputs: [torch.zeros(4, 2)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[int]:
    return [len([1, 2]), len("abc"), len({"a": 1}), len((1, 2, 3)), len(x)]
