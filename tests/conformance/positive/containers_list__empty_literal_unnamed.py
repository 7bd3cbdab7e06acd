# an unannotated `[]` bound to a name prints unnamed (PyTorch replaces its EmptyListLiteral placeholder);
# an annotated one, or a non-empty literal, keeps the variable's name
# inputs: [torch.ones(2)]
import torch
from typing import List


def f(a: torch.Tensor):
    res = []
    res.append(a)
    _res = []
    _res.append(a + 1)
    typed: List[int] = []
    typed.append(3)
    q = [a]
    return torch.cat(res + _res + q), typed
