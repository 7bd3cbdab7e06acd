# inputs: [[4, 8, 15, 16, 23, 42], 15]
import torch
from typing import List


def find(xs: List[int], target: int) -> int:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1


def f(xs: List[int], target: int) -> int:
    return find(xs, target) * 10 + find(xs, 99)
