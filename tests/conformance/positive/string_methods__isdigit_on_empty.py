# adapted from test/test_jit.py::TestScript.test_str_is_methods (empty string)
# inputs: [""]
import torch
from typing import List


def f(s: str) -> List[bool]:
    return [s.isdigit(), s.isalpha(), s.isspace(), s.islower(), s.isupper()]
