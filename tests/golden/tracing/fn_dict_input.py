# A dict of tensors as input (strict=False, as PyTorch requires for dicts).
# trace: fn
# inputs: ({"a": torch.rand(2), "b": torch.rand(2)},)
# strict: False
import torch


def fn(d):
    return d["a"] + d["b"] * 2
