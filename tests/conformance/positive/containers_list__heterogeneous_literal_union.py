# adapted from test/jit/test_list_dict.py::TestList.test_list_literal (heterogeneous literal becomes List[Union[int, str]], with a warning)
# inputs: []
import torch


def f() -> int:
    x = [1, "a"]
    return len(x)
