# inputs: [True, False]
import torch
from typing import List


def f(a: bool, b: bool) -> List[bool]:
    return [a and b, a or b, not a, not b, a and not b, (a or b) and not (a and b), a == b, a != b]
