# adapted from test/jit/test_enum.py::TestEnum.test_string_enum_as_module_attribute (str-valued enum)
# inputs: []
import torch
from enum import Enum
from typing import List


class Mode(Enum):
    TRAIN = "train"
    EVAL = "eval"


def f() -> List[str]:
    return [Mode.TRAIN.value, Mode.EVAL.value, Mode.EVAL.name]
