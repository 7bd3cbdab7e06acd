# inputs: [[]]
# A list used as an if condition: truthiness via len.
import torch
from typing import List


def f(xs: List[int]) -> int:
    if xs:
        return 1
    return 0
