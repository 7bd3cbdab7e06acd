# adapted from test/test_jit.py::TestScript.test_str_is_methods
# inputs: [["123", "abc", "aB1", "   ", "Title Case", "UPPER", "lower", ""]]
import torch
from typing import List


def f(xs: List[str]) -> List[List[bool]]:
    out: List[List[bool]] = []
    for s in xs:
        out.append([s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.istitle(),
                    s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.isidentifier(),
                    s.isprintable()])
    return out
