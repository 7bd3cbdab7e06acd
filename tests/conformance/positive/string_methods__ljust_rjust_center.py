# adapted from test/test_jit.py::TestScript.test_str_ljust / test_str_rjust / test_str_center
# inputs: ["ab"]
import torch
from typing import List


def f(s: str) -> List[str]:
    return [s.ljust(5), s.rjust(5), s.center(5), s.ljust(5, "*"), s.rjust(5, "-"), s.center(6, "."), s.center(1)]
