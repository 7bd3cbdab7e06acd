# inputs: [3]
import torch
from typing import List


def f(n: int) -> List[List[float]]:
    grid: List[List[float]] = []
    for i in range(n):
        grid.append([float(i + j) for j in range(n)])
    grid[1][1] = -1.0
    return grid
