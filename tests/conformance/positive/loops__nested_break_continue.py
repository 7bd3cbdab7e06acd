# adapted from test/test_jit.py::TestScript.test_nested_loops_break_continue
# inputs: [4]
import torch
from typing import List


def f(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n):
        if i == 1:
            continue
        for j in range(n):
            if j > i:
                break
            if j == 0:
                continue
            out.append(i * 10 + j)
    return out
