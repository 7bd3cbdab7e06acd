# source: https://pytorch.org/docs/1.13/generated/torch.jit.annotate.html (linked from https://pytorch.org/docs/1.13/jit.html, "Creating
# TorchScript Code"): an empty dict annotated as Dict[str, int]
# inputs: []
import torch
from typing import Dict


def fn():
    # Telling TorchScript that this empty dictionary is a (str -> int) dictionary
    # instead of default dictionary type of (str -> Tensor).
    d = torch.jit.annotate(Dict[str, int], {})

    # Without `torch.jit.annotate` above, following statement would fail because of
    # type mismatch.
    d["name"] = 20
