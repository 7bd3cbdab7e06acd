# adapted from test/test_jit.py::TestScript.test_str_lower / test_str_upper
# inputs: ["HeLLo World 123"]
import torch
from typing import List


def f(s: str) -> List[str]:
    return [s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize()]
