# adapted from test/test_jit.py::TestScript.test_type_annotation_py3 / type comments (Language Reference)
# inputs: [2, 1.5]
import torch


def f(x, y):
    # type: (int, float) -> float
    return x * y
