# adapted from test/jit/test_list_dict.py::TestList.test_mutation_in_loop
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(xs: List[int]) -> List[int]:
    for i in range(len(xs)):
        xs[i] = xs[i] * 10
    return xs
