# adapted from test/jit/test_with.py::TestWith.test_with_exceptions (unsupported context manager)
import torch


def f(p: str) -> str:
    with open(p) as fh:
        return "x"
