# adapted from test/test_jit.py::TestScript.test_none_is_none_pruning
# inputs: []
import torch


def f() -> int:
    x = None
    if x is None:
        return 1
    else:
        return x.foo()
