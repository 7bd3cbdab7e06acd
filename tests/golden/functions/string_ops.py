# inputs: ["hello", "world"]
import torch
from typing import List


def f(a: str, b: str) -> List[str]:
    return [a + " " + b, a[0], a[-1], a[1:3], str(len(a + b))]
