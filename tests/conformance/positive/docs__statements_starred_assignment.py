# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Pattern Matching Assignments" (a, b, *c = a_tuple)
# inputs: []
import torch


def f():
    a_tuple = (1, 2.0, "three", 4)
    a, b, *c = a_tuple
    return a, b, c
