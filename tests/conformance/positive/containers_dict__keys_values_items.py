# adapted from test/jit/test_list_dict.py::TestDict.test_keys / test_values / test_items
# inputs: [{"a": 1, "b": 2, "c": 3}]
import torch
from typing import Dict, List, Tuple


def f(d: Dict[str, int]) -> Tuple[List[str], List[int], List[Tuple[str, int]]]:
    return list(d.keys()), list(d.values()), list(d.items())
