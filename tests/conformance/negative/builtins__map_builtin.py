# adapted from Language Reference: map is not supported
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    return list(map(abs, x))
