# A dict of tensors as output needs strict=False (with strict, PyTorch refuses it).
# trace: fn
# inputs: (torch.rand(2),)
# strict: False
import torch


def fn(x):
    return {"a": x + 1, "b": x * 2}
