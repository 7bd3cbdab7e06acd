# adapted from test/test_jit.py::TestScript.test_print (no arguments)
# inputs: []
import torch


def f() -> int:
    print()
    return 0
