# source: https://pytorch.org/docs/1.13/jit_language_reference.html, sections "Print Statements" and "If Statements" (the snippets wrapped in a function)
# inputs: [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]), 2]
import torch


def f(a, b, n: int):
    print("the result of an add:", a + b)
    if n < 4:
        r = -n
    elif n < 3:
        r = n + n
    else:
        r = 3 * n
    return r
