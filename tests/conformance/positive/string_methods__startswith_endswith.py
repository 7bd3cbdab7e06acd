# adapted from test/test_jit.py::TestScript.test_str_startswith / test_str_endswith
# inputs: ["filename.txt"]
import torch
from typing import List


def f(s: str) -> List[bool]:
    return [s.startswith("file"), s.startswith("txt"), s.endswith(".txt"), s.endswith("file"),
            s.startswith("name", 4), s.endswith("file", 0, 4)]
