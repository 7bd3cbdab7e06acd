# adapted from test/test_jit.py::TestScript.test_early_returns_if_both_branches
# inputs: [False]
import torch


def f(c: bool) -> int:
    if c:
        return 1
    else:
        return 2
