# adapted from Language Reference: filter is not supported
import torch
from typing import List


def f(x: List[int]) -> int:
    return len(list(filter(None, x)))
