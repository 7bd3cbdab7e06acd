# adapted from test/jit/test_typing.py::TestTyping.test_dict_type_annotation
# inputs: []
import torch
from typing import Dict, List


def f() -> Dict[str, List[int]]:
    d: Dict[str, List[int]] = {}
    d["x"] = [1, 2]
    return d
