# adapted from test/test_jit.py::TestScript.test_round (banker's rounding, ndigits)
# inputs: []
import torch
from typing import List


def f() -> List[float]:
    return [round(2.5), round(3.5), round(-2.5), round(0.5)]
