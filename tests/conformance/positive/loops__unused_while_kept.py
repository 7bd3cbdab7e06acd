# an unused for-range loop is dead code; an unused while loop is kept (it might not end)
# inputs: [105]
import torch


def f(x: int) -> int:
    y = 0
    for i in range(3):
        y = i
    z = 0
    while x > 100:
        x = x - 1
        z = z + 1
    return x
