# adapted from test/test_jit.py::TestScript.test_type_annotations_wrong_number_args
import torch


def f(x, y):
    # type: (int) -> int
    return x
