# Python operators and aliases with numbers while tracing: which Scalar overloads PyTorch's bindings
# hide (numbers become tensor constants), Tensor.__and__ & co., number ** tensor (a tensor constant
# made by __rpow__), and aliases recorded as their canonical operator (true_divide is div).
# trace: fn
# inputs: (torch.arange(5),)
import torch


def fn(x):
    return (x % 2, x // 2, x ** 2, x == 2, x < 2, x & 1, x | 1, x ^ 1, 2 ** x, x.fmod(2), x.remainder(2),
            torch.true_divide(x, 2), torch.sub(x, 2), x.div(2, rounding_mode="trunc"), x.bitwise_and(1),
            x.clamp_min(1), x.masked_fill(x > 3, 0), torch.multiply(x, 3), torch.clip(x, 0, 2), x.negative())
