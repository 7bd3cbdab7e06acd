# adapted from test/test_jit.py::TestScript.test_device_type
# inputs: [torch.zeros(2)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.device, str, bool]:
    d = x.device
    return d, d.type, d == torch.device("cpu")
