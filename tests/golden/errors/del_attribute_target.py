import torch
from typing import List


def f(xs: List[int]) -> int:
    del xs.foo
    return len(xs)
