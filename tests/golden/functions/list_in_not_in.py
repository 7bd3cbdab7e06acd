# inputs: [[1, 2, 3], ["a", "b"]]
import torch
from typing import List


def f(xs: List[int], ss: List[str]) -> List[bool]:
    return [2 in xs, 5 in xs, 5 not in xs, "a" in ss, "z" not in ss]
