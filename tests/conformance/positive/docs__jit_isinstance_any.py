# source: https://pytorch.org/docs/1.13/generated/torch.jit.isinstance.html (via https://pytorch.org/docs/1.13/jit.html): the module's forward as
# a free function (the module has no state), called with the docs' first input
# inputs: [[torch.rand(3,3), torch.rand(4,3)]]
import torch
from typing import Any, Dict, List


def forward(input: Any): # note the Any type
    if torch.jit.isinstance(input, List[torch.Tensor]):
        for t in input:
            y = t.clamp(0, 0.5)
    elif torch.jit.isinstance(input, Dict[str, str]):
        for val in input.values():
            print(val)
