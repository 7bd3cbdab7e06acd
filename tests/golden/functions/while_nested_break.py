# inputs: [6]
import torch
from typing import List


def f(n: int) -> List[int]:
    found: List[int] = []
    i = 2
    while i < n * 5:
        j = 2
        prime = True
        while j * j <= i:
            if i % j == 0:
                prime = False
                break
            j += 1
        if prime:
            found.append(i)
            if len(found) == n:
                break
        i += 1
    return found
