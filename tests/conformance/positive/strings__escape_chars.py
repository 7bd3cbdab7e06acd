# adapted from test/test_jit.py::TestScript.test_string_escapes
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    return ["a\tb", "line\n", "quote\"s", 'single\'s', "back\\slash", "\x41"]
