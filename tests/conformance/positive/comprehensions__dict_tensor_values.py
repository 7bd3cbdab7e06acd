# adapted from test/test_jit.py::TestScript.test_dict_comprehension (tensor values)
# inputs: [3]
import torch
from typing import Dict


def f(n: int) -> Dict[int, torch.Tensor]:
    return {i: torch.full([1], float(i)) for i in range(n)}
