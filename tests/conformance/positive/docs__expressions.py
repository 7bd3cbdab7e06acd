# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Expressions" (Literals, List/Tuple/Dict Construction, Arithmetic, Comparison and
# Logical Operators, Ternary Expressions, Casts), the snippets collected in one function
# inputs: [torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[0.5, 1.0], [2.0, 1.0]]), 2, 3]
import torch


def f(a, b, i: int, j: int):
    literals = (True, False, None, 'string literals', "string literals", 3, 3.4)
    lists = ([3, 4], [], [torch.rand(3), torch.rand(4)])
    tuples = ((3, 4), (3,))
    dicts = ({'hello': 3}, {}, {'a': torch.rand(3), 'b': torch.rand(4)})
    arithmetic = (a + b, a - b, a * b, a / b, i ^ j, a @ b)
    comparisons = (i == j, i != j, i < j, i > j, i <= j, i >= j)
    logical = (i < j and j < 4, i > j or j > 2, not i < j)
    x = float(i)
    y = float(j)
    ternary = x if x > y else y
    ten = torch.tensor(3.5)
    casts = (float(ten), int(3.5), bool(ten), str(2))
    return literals, lists[0], len(lists[1]), tuples, dicts[0], len(dicts[1]), arithmetic, comparisons, logical, ternary, casts
