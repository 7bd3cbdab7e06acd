# source: https://pytorch.org/docs/1.13/jit.html, section "Functions" (Appendix: Migrating to PyTorch 1.2 Recursive Scripting API): script,
# ignore, unused and export on free functions; the entry calls the ones that run in TorchScript
# inputs: []
import torch
from typing import Tuple


# Same behavior as pre-PyTorch 1.2
@torch.jit.script
def some_fn():
    return 2

# Marks a function as ignored, if nothing
# ever calls it then this has no effect
@torch.jit.ignore
def some_fn2():
    return 2

# As with ignore, if nothing calls it then it has no effect.
# If it is called in script it is replaced with an exception.
@torch.jit.unused
def some_fn3():
  import pdb; pdb.set_trace()
  return 4

# Doesn't do anything, this function is already
# the main entry point
@torch.jit.export
def some_fn4():
    return 2


def f() -> Tuple[int, int]:
    return some_fn(), some_fn4()
