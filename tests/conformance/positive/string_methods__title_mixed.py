# adapted from test/test_jit.py::TestScript.test_str_title
# inputs: ["hello wORLD it's 3rd"]
import torch


def f(s: str) -> str:
    return s.title()
