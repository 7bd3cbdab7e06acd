# adapted from test/jit/test_slice.py::TestSlice.test_tuple_slicing
# inputs: []
import torch


def f():
    t = (1, 2, 3, 4, 5)
    return t[1:3], t[::-2], t[-2:]
