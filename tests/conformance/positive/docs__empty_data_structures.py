# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Default Types" (Example: type annotations for Python 3, EmptyDataStructures)
# The module's forward as a free function (the module has no state), so its result is compared.
# inputs: [torch.tensor(2.5)]
import torch
from typing import Dict, List, Tuple


def forward(x: torch.Tensor) -> Tuple[List[Tuple[int, float]], Dict[str, int]]:
    # This annotates the list to be a `List[Tuple[int, float]]`
    my_list: List[Tuple[int, float]] = []
    for i in range(10):
        my_list.append((i, x.item()))

    my_dict: Dict[str, int] = {}
    return my_list, my_dict
