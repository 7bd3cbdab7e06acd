import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor, t3: torch.Tensor, t4: torch.Tensor):
    return torch.nn.functional.instance_norm(t0, running_mean=t1, running_var=t2, weight=t3, bias=t4, momentum=0.5, eps=0.6, use_input_stats=True)
