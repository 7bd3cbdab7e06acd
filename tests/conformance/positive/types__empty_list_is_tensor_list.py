# adapted from test/jit/test_list_dict.py::TestList.test_list_literal (empty literal defaults to List[Tensor])
# inputs: []
import torch


def f():
    x = []
    x.append(torch.ones(2))
    return x
