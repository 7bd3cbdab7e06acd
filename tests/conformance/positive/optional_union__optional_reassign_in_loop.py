# adapted from test/test_jit.py::TestScript.test_optional_refinement_loop
# inputs: [[3, 8, 2]]
import torch
from typing import List, Optional


def f(xs: List[int]) -> int:
    best: Optional[int] = None
    for v in xs:
        if best is None or v > best:
            best = v
    if best is None:
        return -1
    return best
