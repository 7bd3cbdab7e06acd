# adapted from test/jit/test_class_type.py::TestClassType.test_dict_of_classes
# inputs: []
import torch
from typing import Dict


@torch.jit.script
class Item(object):
    def __init__(self, v: int):
        self.v = v


def f() -> int:
    d: Dict[str, Item] = {"a": Item(1), "b": Item(2)}
    d["a"].v = 5
    return d["a"].v + d["b"].v
