# adapted from test/jit/test_string_formatting.py::TestStringFormatting.test_modulo_operator
# inputs: [5, 2]
import torch


def f(dividend: int, divisor: int) -> int:
    return dividend % divisor
