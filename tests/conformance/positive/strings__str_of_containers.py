# adapted from test/test_jit.py::TestScript.test_str_containers
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    return [str(["a", "b"]), str((1, "x")), str({"k": 1}), str([1.5, 2.0]), str(None)]
