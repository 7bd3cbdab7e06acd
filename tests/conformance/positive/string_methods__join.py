# adapted from test/test_jit.py::TestScript.test_str_join
# inputs: [["a", "b", "c"]]
import torch
from typing import List, Tuple


def f(xs: List[str]) -> Tuple[str, str, str]:
    return ", ".join(xs), "".join(xs), "-".join([])
