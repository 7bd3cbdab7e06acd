# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Structural Types" (NamedTuple('_NamedTupleAnnotated', [...]) functional syntax, inc);
# the entry builds the tuple in TorchScript instead of passing a collections.namedtuple from Python
# inputs: []
import torch
from typing import NamedTuple
from typing import Tuple

_AnnotatedNamedTuple = NamedTuple('_NamedTupleAnnotated', [('first', int), ('second', int)])


def inc(x: _AnnotatedNamedTuple) -> Tuple[int, int]:
    return (x.first+1, x.second+1)


def f() -> Tuple[int, int]:
    return inc(_AnnotatedNamedTuple(1, 2))
