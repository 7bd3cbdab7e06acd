# adapted from test/test_jit.py::TestScript.test_assert_in_branch
# inputs: [2]
import torch


def f(x: int) -> str:
    if x == 1:
        return "one"
    else:
        assert False, "unreachable"
