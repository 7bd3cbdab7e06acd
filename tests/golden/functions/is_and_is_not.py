# inputs: [None, 5]
import torch
from typing import List, Optional


def f(a: Optional[int], b: Optional[int]) -> List[bool]:
    return [a is None, a is not None, b is None, b is not None]
