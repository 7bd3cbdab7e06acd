# source: https://pytorch.org/docs/1.13/generated/torch.jit.is_scripting.html (via https://pytorch.org/docs/1.13/jit.html): is_scripting with an
# @torch.jit.unused fallback
# The docs example as printed does not compile in 1.13: torch.linear does not exist ("object has no attribute linear").
import torch


@torch.jit.unused
def unsupported_linear_op(x):
    return x

def linear(x):
   if torch.jit.is_scripting():
      return torch.linear(x)
   else:
      return unsupported_linear_op(x)
