# adapted from test/jit/test_list_dict.py::TestDict (empty dict literal defaults to Dict[str, Tensor])
# inputs: []
import torch


def f():
    d = {}
    d["w"] = torch.zeros(1)
    return d
