# adapted from test/test_jit.py::TestScript.test_hasattr (constant attribute names on a class)
# inputs: []
import torch
from typing import List, Tuple


@torch.jit.script
class Holder(object):
    def __init__(self):
        self.value = 3


def f() -> Tuple[bool, bool]:
    h = Holder()
    return hasattr(h, "value"), hasattr(h, "missing")
