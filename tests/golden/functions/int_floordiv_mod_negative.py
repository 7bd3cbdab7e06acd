# inputs: [-7, 3]
import torch
from typing import List


def f(a: int, b: int) -> List[int]:
    return [a // b, a % b, -a // b, -a % b, a // -b, a % -b]
