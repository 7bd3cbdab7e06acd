# adapted from test/test_jit.py::TestScript.test_inf_nan
# inputs: []
import torch
from typing import List


def f() -> List[bool]:
    inf = float("inf")
    nan = float("nan")
    return [inf > 1e308, nan != nan, -inf < 0.0, nan == nan]
