# adapted from test/test_jit.py::TestScript.test_constant_if_pruning (statically false branch with ill-typed code)
# inputs: [3]
import torch


def f(x: int) -> int:
    if False:
        return x + "s"
    return x
