# adapted from test/test_jit.py::TestScript.test_getattr_with_constant_name (non-constant name)
import torch


@torch.jit.script
class Holder(object):
    def __init__(self):
        self.value = 3


def f(name: str) -> int:
    h = Holder()
    return getattr(h, name)
