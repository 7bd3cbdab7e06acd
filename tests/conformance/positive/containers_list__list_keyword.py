# adapted from test/jit/test_list_dict.py::TestList.test_list_keyword
# inputs: []
import torch


def f():
    return (
        list([1, 2, 3]),
        list(("a", "b")),
        list(range(5)),
        list("abcdefg"),
    )
