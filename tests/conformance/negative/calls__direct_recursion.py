# adapted from test/test_jit.py::TestScript.test_recursive_script_call (recursion is not supported)
import torch


def f(n: int) -> int:
    if n <= 1:
        return 1
    return n * f(n - 1)
