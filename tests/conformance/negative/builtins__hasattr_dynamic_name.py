# adapted from test/test_jit.py::TestScript.test_hasattr (non-constant name)
import torch


@torch.jit.script
class Holder(object):
    def __init__(self):
        self.value = 3


def f(name: str) -> bool:
    h = Holder()
    return hasattr(h, name)
