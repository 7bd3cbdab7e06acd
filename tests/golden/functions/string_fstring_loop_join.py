# inputs: [["a", "b", "c"]]
import torch
from typing import List


def f(parts: List[str]) -> str:
    s = ""
    for i in range(len(parts)):
        if i > 0:
            s = s + ","
        s = s + f"{i}:{parts[i]}"
    return s + "|" + ",".join(parts)
