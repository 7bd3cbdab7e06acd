# adapted from test/test_jit.py::TestScript.test_str_repeat (str * int is not in 1.13; use join)
# inputs: [3]
import torch


def f(n: int) -> str:
    return "".join(["ab" for _ in range(n)])
