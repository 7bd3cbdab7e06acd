# adapted from test/test_jit.py::TestScript.test_python_call (calling an arbitrary Python module function)
import torch
import os


def f() -> str:
    return os.getcwd()
