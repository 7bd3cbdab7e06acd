import torch
from typing import Dict, List


def f() -> Dict[str, List[int]]:
    d: Dict[str, List[int]] = {"a": [1], "b": []}
    return d
