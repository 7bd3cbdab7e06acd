# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Named Tuples" (collections.namedtuple Point, total); the entry builds the Point
# inputs: [torch.rand(3), torch.rand(3)]
import torch
import collections

Point = collections.namedtuple('Point', ['x', 'y'])


def total(point):
    # type: (Point) -> Tensor
    return point.x + point.y


def f(x, y):
    p = Point(x=x, y=y)
    return total(p)
