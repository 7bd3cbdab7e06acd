# adapted from test/test_jit.py::TestScript.test_type_annotations_tuple
# inputs: [[1, 2, 3], {"a": 1}]
import torch
from typing import Dict, List, Tuple


def f(xs, d):
    # type: (List[int], Dict[str, int]) -> Tuple[int, int]
    return sum(xs), d["a"]
