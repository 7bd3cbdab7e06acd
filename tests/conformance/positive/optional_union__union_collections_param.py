# adapted from test/jit/test_union.py::TestUnion.test_union_with_collections
# inputs: [{"foo": 1, "bar": 2}]
import torch
from typing import Dict, List, Union


def f(x: Union[Dict[str, int], List[int]]) -> str:
    return "foo"
