# inputs: [-4]
import torch


def f(x: int) -> str:
    sign = "neg" if x < 0 else ("zero" if x == 0 else "pos")
    mag = x if x >= 0 else -x
    return sign + ":" + str(mag)
