# inputs: [[1, 2]]
import torch
from typing import List, Tuple


def f(l: List[int]) -> Tuple[List[int], List[int]]:
    alias = l
    l += [3, 4]
    l = l + [5]
    return alias, l
