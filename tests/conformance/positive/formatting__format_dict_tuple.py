# adapted from test/test_jit.py::TestScript.test_str_format (containers)
# inputs: []
import torch


def f() -> str:
    return "{} {}".format({"a": 1}, (1, "b"))
