# adapted from Language Reference: set comprehensions are not supported
import torch
from typing import List


def f(xs: List[int]) -> int:
    s = {x for x in xs}
    return 1
