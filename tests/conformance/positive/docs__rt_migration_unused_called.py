# source: https://pytorch.org/docs/1.13/jit.html, section "Functions" (Appendix: Migrating to PyTorch 1.2 Recursive Scripting API): an
# @torch.jit.unused function "is replaced with an exception" when script calls it
# inputs: []
import torch


# As with ignore, if nothing calls it then it has no effect.
# If it is called in script it is replaced with an exception.
@torch.jit.unused
def some_fn3():
  import pdb; pdb.set_trace()
  return 4


def f() -> int:
    return some_fn3()
