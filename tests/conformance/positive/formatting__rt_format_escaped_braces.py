# adapted from test/test_jit.py::TestScript.test_str_format (1.13 aten::format does not understand escaped braces: run-time error)
# inputs: [1]
import torch


def f(a: int) -> str:
    return "{{}} {}".format(a)
