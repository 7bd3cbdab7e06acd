# Small helpers shared by the torch.nn modules: tuple expansion of int-or-tuple arguments and the
# type aliases PyTorch keeps in torch.nn.common_types (kept here so the library needs no extra module).
#
# The scripting compiler must treat _single/_pair/_triple/_quadruple as the builtins aten::_single,
# aten::_pair, aten::_triple, aten::_quadruple (PyTorch's torch.jit._builtins table does), not compile
# their bodies: scripted forwards call them, e.g. `F.conv2d(..., _pair(0), ...)`.
from typing import List, Optional, Tuple, TypeVar, Union

T = TypeVar('T')
_scalar_or_tuple_any_t = Union[T, Tuple[T, ...]]
_size_any_t = Union[int, Tuple[int, ...]]
_size_1_t = Union[int, Tuple[int]]
_size_2_t = Union[int, Tuple[int, int]]
_size_3_t = Union[int, Tuple[int, int, int]]
_size_4_t = Union[int, Tuple[int, int, int, int]]
_size_6_t = Union[int, Tuple[int, int, int, int, int, int]]
_size_any_opt_t = Union[Optional[int], Tuple[Optional[int], ...]]
_size_2_opt_t = Union[Optional[int], Tuple[Optional[int], Optional[int]]]
_size_3_opt_t = Union[Optional[int], Tuple[Optional[int], Optional[int], Optional[int]]]
_ratio_2_t = Union[float, Tuple[float, float]]
_ratio_3_t = Union[float, Tuple[float, float, float]]
_ratio_any_t = Union[float, Tuple[float, ...]]


def _ntuple(n, name='parse'):
    # A sequence argument is taken as given (as a tuple); a scalar is repeated n times.
    def parse(x):
        if isinstance(x, (tuple, list)):
            return tuple(x)
        return tuple([x] * n)
    return parse


def _single(x):
    return _ntuple(1)(x)


def _pair(x):
    return _ntuple(2)(x)


def _triple(x):
    return _ntuple(3)(x)


def _quadruple(x):
    return _ntuple(4)(x)


def _reverse_repeat_tuple(t, n):
    # (a, b) with n=2 -> (b, b, a, a): F.pad's order (last dimension first), each side repeated.
    out = []
    for x in reversed(t):
        out += [x] * n
    return tuple(out)
