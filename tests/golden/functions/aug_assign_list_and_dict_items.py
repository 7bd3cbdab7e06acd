# inputs: [[1, 2, 3], {"a": 1.0, "b": 2.0}]
import torch
from typing import Dict, List, Tuple


def f(l: List[int], d: Dict[str, float]) -> Tuple[List[int], Dict[str, float]]:
    l[1] += 10
    l[-1] *= 2
    d["a"] += 0.5
    d["b"] -= 4
    return l, d
