# adapted from test/test_jit.py::TestScript.test_str_cast (float formatting)
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    return [str(1.0), str(0.1), str(1e20), str(-0.0), str(1.5e-7), str(123456789.0)]
