# inputs: [[3, 1, 3, 2, 1, 3]]
import torch
from typing import Dict, List


def f(xs: List[int]) -> Dict[int, int]:
    counts: Dict[int, int] = {}
    for x in xs:
        if x in counts:
            counts[x] += 1
        else:
            counts[x] = 1
    return counts
