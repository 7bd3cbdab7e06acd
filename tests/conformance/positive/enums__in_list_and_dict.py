# adapted from test/jit/test_enum.py::TestEnum.test_enum_in_container
# inputs: []
import torch
from enum import Enum
from typing import Dict, List


class Color(Enum):
    RED = 1
    GREEN = 2


def f() -> List[int]:
    xs: List[Color] = [Color.RED, Color.GREEN, Color.RED]
    d: Dict[str, Color] = {"g": Color.GREEN}
    return [x.value for x in xs] + [d["g"].value]
