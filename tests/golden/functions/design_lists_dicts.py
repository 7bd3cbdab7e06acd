# inputs: [[torch.zeros(2, 3), torch.zeros(5), torch.zeros(1, 1)]]
# source: /work/shared/reference/torchscript-internals.md section 4.3 "Lists, dicts, comprehension"
import torch
from typing import List


def g(xs: List[torch.Tensor]) -> List[int]:
    out = [t.size(0) for t in xs]
    d = {"a": 1}
    d["b"] = 2
    s = 0
    for k, v in d.items():
        s += v
    out.append(s)
    return out
