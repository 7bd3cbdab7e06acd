# adapted from test/test_jit.py::TestScript.test_str_index_method (substring not found)
# inputs: ["hello"]
import torch


def f(s: str) -> int:
    return s.index("z")
