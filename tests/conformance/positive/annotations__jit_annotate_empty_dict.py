# adapted from test/jit/test_list_dict.py::TestDict.test_dict_annotate
# inputs: []
import torch
from typing import Dict


def f() -> Dict[int, str]:
    d = torch.jit.annotate(Dict[int, str], {})
    d[1] = "one"
    return d
