# adapted from test/test_jit.py::TestScript.test_call_same_fn_twice
# inputs: ["ab"]
import torch


def wrap(s: str, l: str = "[", r: str = "]") -> str:
    return l + s + r


def f(s: str) -> str:
    return wrap(wrap(s), "<", ">") + wrap(s, r=")")
