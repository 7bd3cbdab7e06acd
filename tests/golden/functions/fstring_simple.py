# inputs: [7, "box", 1.5]
import torch


def f(n: int, name: str, w: float) -> str:
    return f"{name} has {n} items weighing {w}"
