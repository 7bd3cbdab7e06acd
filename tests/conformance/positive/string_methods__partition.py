# adapted from test/test_jit.py::TestScript.test_str_partition
# inputs: ["key=value=x"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[Tuple[str, str, str], Tuple[str, str, str], Tuple[str, str, str]]:
    return s.partition("="), s.rpartition("="), s.partition("#")
