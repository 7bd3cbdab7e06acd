# entry: inner
# `nonlocal` is only legal inside a nested function; the entry is such a function, exposed at module level.
import torch


def make():
    x = 1

    def inner(y: int) -> int:
        nonlocal x
        x = y
        return x
    return inner


inner = make()
