# adapted from test/test_jit.py::TestScript.test_annotate / Language Reference torch.jit.annotate
# inputs: []
import torch
from typing import List


def f() -> List[float]:
    x = torch.jit.annotate(List[float], [])
    x.append(1.5)
    return x
