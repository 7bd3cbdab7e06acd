# source: https://pytorch.org/docs/1.13/jit.html, section "Variables" (Appendix: Migrating to PyTorch 1.2 Recursive Scripting API)
# inputs: [True]
import torch
from typing import Dict, Optional


def make_dict(flag: bool):
    x: Dict[str, int] = {}
    x['hi'] = 2
    b: Optional[int] = None
    if flag:
        b = 2
    return x, b
