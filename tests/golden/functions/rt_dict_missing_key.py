# inputs: [{"a": 1}]
import torch
from typing import Dict


def f(d: Dict[str, int]) -> int:
    return d["a"] + d["missing"]
