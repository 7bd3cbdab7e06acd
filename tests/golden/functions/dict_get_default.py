# inputs: [{"a": 1.5, "b": 2.5}]
import torch
from typing import Dict, List, Optional


def f(d: Dict[str, float]) -> List[Optional[float]]:
    return [d.get("a"), d.get("zz"), d.get("b", 0.0), d.get("zz", -1.0)]
