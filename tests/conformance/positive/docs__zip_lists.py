# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "The zip Statement" (two lists of different lengths, and of different element types);
# the snippets wrapped in a function, the pairs collected so the result shows what zip yields
# inputs: []
import torch
from typing import List, Tuple


def f() -> Tuple[List[Tuple[int, int]], List[Tuple[float, int]]]:
    a = [1, 2] # List
    b = [2, 3, 4] # List
    zip(a, b) # works
    pairs: List[Tuple[int, int]] = []
    for x, y in zip(a, b):
        pairs.append((x, y))

    c = [1.3, 2.4]
    d = [2, 3, 4]
    zip(c, d) # Works
    mixed: List[Tuple[float, int]] = []
    for u, v in zip(c, d):
        mixed.append((u, v))
    return pairs, mixed
