# adapted from test/test_jit.py::TestScript.test_fstring_escaped_braces
# inputs: [7]
import torch


def f(a: int) -> str:
    return f"{{a}} = {a}"
