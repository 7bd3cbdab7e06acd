# adapted from test/jit/test_list_dict.py::TestList.test_to_list
# inputs: [torch.tensor([[1, 2], [3, 4]])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[List[int]]:
    return x.tolist()
