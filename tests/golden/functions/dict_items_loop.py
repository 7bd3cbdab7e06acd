# inputs: [{"x": torch.ones(2), "y": torch.arange(2.)}]
import torch
from typing import Dict, List


def f(d: Dict[str, torch.Tensor]) -> List[str]:
    out: List[str] = []
    for k, v in d.items():
        out.append(k + "=" + str(float(v.sum())))
    for k in d:
        out.append(k)
    for v in d.values():
        out.append(str(v.numel()))
    return out
