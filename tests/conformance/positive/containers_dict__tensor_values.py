# adapted from test/jit/test_list_dict.py::TestDict.test_dict_of_tensors
# inputs: [{"w": torch.ones(2), "b": torch.zeros(2)}]
import torch
from typing import Dict


def f(d: Dict[str, torch.Tensor]) -> torch.Tensor:
    return d["w"] * 2 + d["b"]
