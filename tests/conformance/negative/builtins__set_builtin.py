# adapted from Language Reference: set is not supported
import torch
from typing import List


def f(x: List[int]) -> int:
    return len(set(x))
