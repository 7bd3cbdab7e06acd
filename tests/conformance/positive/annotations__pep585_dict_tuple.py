# adapted from test/jit/test_typing.py (PEP 585 builtin generics)
# inputs: [{"a": 1, "b": 2}]
import torch


def f(d: dict[str, int]) -> tuple[int, list[str]]:
    return len(d), list(d.keys())
