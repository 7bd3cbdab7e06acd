# adapted from test/test_jit.py::TestScript.test_namedtuple_nested
# inputs: []
import torch
from typing import NamedTuple


class Inner(NamedTuple):
    v: int


class Outer(NamedTuple):
    inner: Inner
    tag: str


def f():
    o = Outer(Inner(5), "t")
    return o.inner.v, o.tag
