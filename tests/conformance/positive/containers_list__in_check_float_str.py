# adapted from test/jit/test_list_dict.py::TestList.test_in_check
# inputs: [[1.0, 2.0], ["hi", "bye"]]
import torch
from typing import List, Tuple


def f(x: List[float], y: List[str]) -> Tuple[bool, bool, bool]:
    return 2.0 in x, "hi" in y, "no" not in y
