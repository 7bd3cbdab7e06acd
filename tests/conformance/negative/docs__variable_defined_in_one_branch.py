# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Variable Resolution" (y is not defined in the false branch)
import torch


def foo(x):
    if x < 0:
        y = 4
    print(y)
