# source: https://pytorch.org/docs/1.13/jit_language_reference.html, sections "Simple Assignments", "Pattern Matching Assignments", "Multiple Assignments"
# (the statement snippets wrapped in a function)
# inputs: [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
import torch


def f(a, b):
    a += b # short-hand for a = a + b, does not operate in-place on a
    a -= b
    tuple_or_list = (a, b)
    a, b = tuple_or_list
    tup = (1, 2)
    x = y, z = tup
    return a, b, x, y, z
