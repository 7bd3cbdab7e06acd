# inputs: [7]
# source: /work/shared/reference/torchscript-internals.md section 4.3 "Early return plus continue in a for loop" (early-return path)
import torch


def early(x: int) -> int:
    if x > 2:
        return 1
    for i in range(x):
        if i == 1:
            continue
        x += i
    return x
