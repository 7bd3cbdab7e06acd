# adapted from Language Reference: Python I/O builtins are not supported
import torch


def f() -> str:
    return input()
