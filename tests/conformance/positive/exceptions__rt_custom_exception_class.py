# adapted from test/test_jit.py::TestScript.test_custom_exception (user-defined exception class) -- 1.13: user-defined exception classes compile; raised as torch.jit.Error
# inputs: [-1]
import torch


class MyError(Exception):
    pass


def f(x: int) -> int:
    if x < 0:
        raise MyError("neg")
    return x
