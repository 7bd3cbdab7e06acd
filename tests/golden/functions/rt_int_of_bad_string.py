# inputs: ["12a"]
import torch


def f(s: str) -> int:
    return int(s)
