# adapted from test/test_jit.py::TestScript.test_annotate (value does not match the annotation)
import torch
from typing import List


def f() -> List[int]:
    x = torch.jit.annotate(List[int], ["a"])
    return x
