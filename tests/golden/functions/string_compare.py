# inputs: ["apple", "banana"]
import torch
from typing import List


def f(a: str, b: str) -> List[bool]:
    return [a == b, a != b, a < b, a >= b, "pp" in a, a == "apple", "x" not in b]
