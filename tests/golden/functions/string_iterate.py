# inputs: ["a1b2c3"]
import torch


def f(s: str) -> str:
    out = ""
    for ch in s:
        if ch.isdigit():
            out = out + ch
    return out
