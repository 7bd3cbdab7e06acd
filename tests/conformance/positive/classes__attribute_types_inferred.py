# adapted from test/jit/test_class_type.py::TestClassType.test_type_annotations (attributes inferred from __init__)
# inputs: []
import torch
from typing import Dict, List, Tuple


@torch.jit.script
class Bag(object):
    def __init__(self):
        self.items: List[int] = []
        self.names: Dict[str, int] = {}
        self.scale = 1.5
        self.tag = "bag"

    def add(self, name: str, v: int):
        self.items.append(v)
        self.names[name] = v


def f() -> Tuple[List[int], Dict[str, int], float, str]:
    b = Bag()
    b.add("a", 1)
    b.add("b", 2)
    return b.items, b.names, b.scale, b.tag
