# adapted from test/jit/test_recursive_script.py::TestRecursiveScript.test_script_function_recursion (mutual recursion)
import torch


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def f(n: int) -> bool:
    return is_even(n)
