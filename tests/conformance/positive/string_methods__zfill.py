# adapted from test/test_jit.py::TestScript.test_str_zfill
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    return ["42".zfill(5), "-42".zfill(5), "abc".zfill(2), "+7".zfill(4)]
