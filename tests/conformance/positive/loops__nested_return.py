# adapted from test/test_jit.py::TestScript.test_loop_return
# inputs: [[[1, 2], [3, 4]], 3]
import torch
from typing import List, Tuple


def f(m: List[List[int]], v: int) -> Tuple[int, int]:
    for i in range(len(m)):
        for j in range(len(m[i])):
            if m[i][j] == v:
                return i, j
    return -1, -1
