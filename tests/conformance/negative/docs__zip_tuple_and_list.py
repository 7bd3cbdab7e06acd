# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "The zip Statement" (a tuple and a list: "Can not iterate over a module list or tuple
# with a value that does not have a statically determinable length"; a compile-time error in 1.13)
import torch


def f():
    a = (1, 2) # Tuple
    b = [2, 3, 4] # List
    zip(a, b) # Runtime error
