# adapted from test/test_jit.py::TestScript.test_loop_carried_list
# inputs: [5]
import torch
from typing import List


def f(n: int) -> List[int]:
    fib = [0, 1]
    for i in range(n):
        fib.append(fib[-1] + fib[-2])
    return fib
