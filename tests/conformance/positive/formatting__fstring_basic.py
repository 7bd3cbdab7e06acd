# adapted from test/test_jit.py::TestScript.test_fstring (Language Reference: f-strings)
# inputs: [3, "x", 2.5]
import torch


def f(a: int, b: str, c: float) -> str:
    return f"a={a}, b={b}, c={c}"
