# adapted from test/test_jit.py::TestScript.test_str_splitlines
# inputs: ["one\ntwo\r\nthree\n"]
import torch
from typing import List, Tuple


def f(s: str) -> Tuple[List[str], List[str]]:
    return s.splitlines(), s.splitlines(True)
