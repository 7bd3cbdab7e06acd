# adapted from test/jit/test_typing.py::TestTyping.test_dict_optional_values
# inputs: []
import torch
from typing import Dict, Optional


def f() -> Dict[str, Optional[int]]:
    d: Dict[str, Optional[int]] = {"a": 1, "b": None}
    return d
