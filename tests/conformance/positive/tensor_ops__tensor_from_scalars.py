# adapted from test/test_jit.py::TestScript.test_tensor_from_python_numbers
# inputs: [3, 2.5, True]
import torch
from typing import List


def f(a: int, b: float, c: bool) -> List[torch.Tensor]:
    return [torch.tensor(a), torch.tensor(b), torch.tensor(c), torch.tensor([a, a]), torch.tensor([[b]])]
