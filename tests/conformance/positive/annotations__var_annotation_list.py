# adapted from test/jit/test_typing.py::TestTyping.test_list_type_annotation
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    names: List[str] = []
    names.append("a")
    return names
