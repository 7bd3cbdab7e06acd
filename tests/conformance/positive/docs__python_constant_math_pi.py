# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Python-defined Constants" (values looked up as attributes of a module: math.pi)
# inputs: []
import math
import torch


def fn():
    return math.pi
