# inputs: [1, None]
# source: /work/shared/reference/torchscript-internals.md section 4.3 "Optional refinement, annotated None, assert" (assert fails)
import torch
from typing import Optional


def opt(x: Optional[int], y: Optional[torch.Tensor]) -> int:
    if x is None:
        return 0
    z = x + 1
    if y is not None and z > 2:
        z = z + int(y.sum())
    if z > 5:
        w: Optional[int] = z
    else:
        w = None
    assert w is not None, "w none"
    return z + w
