# adapted from test/test_jit.py::TestScript.test_getattr_with_constant_name
# inputs: []
import torch


@torch.jit.script
class Holder(object):
    def __init__(self):
        self.value = 3


def f() -> int:
    h = Holder()
    return getattr(h, "value") + 1
