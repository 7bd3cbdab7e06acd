# inputs: ["abc"]
import torch


def f(s: str) -> str:
    return s[5]
