# adapted from test/test_jit.py::TestScript.test_exceptions_with_formatted_message
# inputs: [7]
import torch


def f(x: int) -> int:
    raise ValueError(f"bad value {x} (limit {5})")
