# adapted from test/jit/test_list_dict.py::TestList.test_sort_on_list (tensor list sort)
# inputs: [[torch.tensor(3.0), torch.tensor(1.0), torch.tensor(2.0)]]
import torch
from typing import List


def f(x: List[torch.Tensor]) -> List[torch.Tensor]:
    x.sort()
    return x
