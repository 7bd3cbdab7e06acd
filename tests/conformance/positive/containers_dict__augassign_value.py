# adapted from test/jit/test_list_dict.py::TestDict.test_dict_augassign
# inputs: [["a", "b", "a", "c", "a"]]
import torch
from typing import Dict, List


def f(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts
