# inputs: [4]
import torch
from typing import List


def f(n: int) -> List[List[int]]:
    rows: List[List[int]] = []
    for i in range(n):
        row: List[int] = []
        for j in range(n):
            if j > i:
                break
            row.append(i * j)
        rows.append(row)
    return rows
