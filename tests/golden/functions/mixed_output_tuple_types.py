# inputs: [torch.arange(3.)]
import torch
from typing import Dict, List, Optional, Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, int, float, bool, str, None, List[int], Dict[str, float], Optional[int]]:
    d = {"mean": float(x.mean())}
    return x.int(), x.numel(), float(x.sum()), bool(x.any()), "ok", None, [1, 2], d, None
