# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "The if Statement" (multi dimensional Tensors error out at run time:
# "Boolean value of Tensor with more than one value is ambiguous")
# inputs: []
import torch

# Multi dimensional Tensors error out.


def fn():
    if torch.rand(2):
        print("Tensor is available")

    if torch.rand(4,5,6):
        print("Tensor is available")
