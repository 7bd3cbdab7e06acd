# adapted from test/test_jit.py::TestScript.test_is_scripting (torch.jit.is_scripting is True in script)
# inputs: []
import torch


def f() -> bool:
    return torch.jit.is_scripting()
