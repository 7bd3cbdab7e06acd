# inputs: []
import torch
from typing import Dict, List


def f() -> Dict[str, List[int]]:
    d: Dict[str, List[int]] = {"a": [1]}
    d["b"] = torch.jit.annotate(List[int], [])
    d["a"].append(2)
    d["b"].append(3)
    d["c"] = d["a"] + d["b"]
    return d
