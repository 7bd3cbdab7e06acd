# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Subscripts and Slicing" (the snippets on one tensor)
# inputs: [torch.arange(24.).reshape(2, 3, 4), 0, 2]
import torch


def f(t, i: int, j: int):
    return (t[0], t[-1], t[0:2], t[1:], t[:1], t[:], t[0, 1], t[0, 1:2], t[0, :1], t[-1, 1:, 0],
            t[1:, -1, 0], t[i:j, i])
