# adapted from test/test_jit.py::TestScript.test_unicode_strings (len counts bytes? no: code points)
# inputs: ["h\u00e9llo"]
import torch


def f(s: str) -> int:
    return len(s)
