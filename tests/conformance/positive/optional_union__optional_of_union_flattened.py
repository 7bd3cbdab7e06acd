# adapted from test/jit/test_union.py::TestUnion.test_optional_of_union_is_flattened
# inputs: [False]
import torch
from typing import Optional, Tuple, Union


def f(flag: bool) -> Tuple[Union[str, int, None], Union[str, int, None]]:
    y: Union[int, str, None] = "foo"
    if flag:
        x: Optional[Union[int, str]] = y
    else:
        x: Optional[Union[int, str]] = "bar"
    return x, y
