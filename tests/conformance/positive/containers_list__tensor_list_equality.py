# adapted from test/jit/test_list_dict.py::TestList.test_list_ops (tensor lists)
# inputs: []
import torch


def f() -> bool:
    a = [torch.tensor([1.0])]
    b = [torch.tensor([1.0])]
    return a == b
