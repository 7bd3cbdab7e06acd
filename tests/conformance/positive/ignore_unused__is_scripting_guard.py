# adapted from test/test_jit.py::TestScript.test_is_scripting_metacompile (Python-only code behind is_scripting)
# inputs: [4]
import torch


@torch.jit.unused
def eager_path(x: int) -> int:
    return x


def f(x: int) -> int:
    if not torch.jit.is_scripting():
        return eager_path(x)
    return x * 3
