#!/usr/bin/python3
"""Expected results of the scalar / str / list / dict kernels, computed by real PyTorch 1.13.

Run with Debian's /usr/bin/python3 (which has torch 1.13):
    /usr/bin/python3 tools/gen_scalar_expectations.py
writes tests/TorchScriptSharp.Tests/Ops/scalar_expectations.json, read by ScalarExpectationTests.

Each case is (operator full name, arguments in schema order, TorchScript expression over a0..aN).
The expression is compiled in a scripted function whose parameters are typed from the arguments;
the generator checks that the graph really calls the named overload, then records the result (or
PyTorch's error line). Cases marked `mut` also record the first argument after the call.
"""
import json, math, os, sys
import torch
from typing import List, Dict, Tuple, Optional

class T:
    """An argument with an explicit TorchScript type: T("List[int]", []), T("Optional[str]", None)."""
    def __init__(self, ty, v): self.ty, self.v = ty, v

def L(elem, items): return T(f"List[{elem}]", list(items))
def D(k, v, items): return T(f"Dict[{k}, {v}]", dict(items))
def N(ty): return T(f"Optional[{ty}]", None)

def type_of(v):
    if isinstance(v, T): return v.ty
    if isinstance(v, bool): return "bool"
    if isinstance(v, int): return "int"
    if isinstance(v, float): return "float"
    if isinstance(v, complex): return "complex"
    if isinstance(v, str): return "str"
    if isinstance(v, torch.device): return "torch.device"
    if isinstance(v, tuple): return "Tuple[" + ", ".join(type_of(x) for x in v) + "]"
    raise TypeError(f"annotate {v!r} with T(...)")

def raw(v): return v.v if isinstance(v, T) else v

def enc_type(ty):
    return ty.replace("torch.device", "Device").replace("Optional[", "Optional[")

def enc(v, ty=None):
    """A tagged JSON value; containers carry their TorchScript element types."""
    if isinstance(v, T): return enc(v.v, v.ty)
    if ty is not None and ty.startswith("Optional["):
        return {"t": "none"} if v is None else enc(v, ty[len("Optional["):-1])
    if v is None: return {"t": "none"}
    if isinstance(v, bool): return {"t": "bool", "v": v}
    if isinstance(v, int): return {"t": "int", "v": str(v)}
    if isinstance(v, float): return {"t": "float", "v": repr(v)}
    if isinstance(v, complex): return {"t": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str): return {"t": "str", "v": v}
    if isinstance(v, torch.device): return {"t": "device", "v": str(v)}
    if isinstance(v, torch.Tensor):
        return {"t": "tensor", "dtype": str(v.dtype).replace("torch.", ""), "shape": list(v.shape),
                "v": [enc(x) for x in v.flatten().tolist()], "requires_grad": v.requires_grad}
    if isinstance(v, tuple):
        tys = split_args(ty[len("Tuple["):-1]) if ty else [None] * len(v)
        return {"t": "tuple", "v": [enc(x, t) for x, t in zip(v, tys)]}
    if isinstance(v, list):
        elem = ty[len("List["):-1] if ty else None
        return {"t": "list", "elem": elem, "v": [enc(x, elem) for x in v]}
    if isinstance(v, dict):
        k, val = split_args(ty[len("Dict["):-1]) if ty else (None, None)
        return {"t": "dict", "key": k, "value": val, "v": [[enc(a, k), enc(b, val)] for a, b in v.items()]}
    raise TypeError(repr(v))

def split_args(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch == "[": depth += 1
        if ch == "]": depth -= 1
        if ch == "," and depth == 0: out.append(cur.strip()); cur = ""
        else: cur += ch
    if cur.strip(): out.append(cur.strip())
    return out

CASES = []
def case(op, args, expr, mut=False, void=False):
    CASES.append((op, args, expr, mut, void))

# ---------------------------------------------------------------- str methods
S = ["", "a", "  Hello World  ", "hello, world", "ABC def", "a1b2", "123", "  ", "\t\n x", "Hello World",
     "hELLO wORLD", "3abc", "_id9", "9id", "x y", "abc\x01", "ab\tcd\tef", "a\nb\r\nc\rd\n", "Title Case It", "1.5", "-12"]
for s in S:
    for m in ["isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle", "isidentifier",
              "isdecimal", "isnumeric", "isprintable", "lower", "upper", "swapcase", "title", "capitalize"]:
        op = "aten::" + m
        case(op, [s], f"a0.{m}()")
for s in ["abc", "", "a.b.c", "xx-yy"]:
    for w in [-1, 0, 3, 7, 8]:
        for m in ["ljust", "rjust", "center"]:
            case(f"aten::{m}", [s, w, "*"], f"a0.{m}(a1, a2)")
        case("aten::zfill", [s, w], "a0.zfill(a1)")
for s in ["-42", "+7", "42", "-", ""]:
    case("aten::zfill", [s, 5], "a0.zfill(a1)")
case("aten::center", ["ab", 5, "xy"], "a0.center(a1, a2)")
case("aten::center", ["abc", 6, "*"], "a0.center(a1, a2)")
case("aten::center", ["ab", 5, "*"], "a0.center(a1, a2)")
for s in ["  xx  ", "\t\nxx\f\v", "xxyyxx", "", "abc"]:
    for chars in [" \n\t\f\v", "x", "xy", ""]:
        for m in ["strip", "lstrip", "rstrip"]:
            case(f"aten::{m}", [s, chars], f"a0.{m}(a1)")
sub_cases = [("hello world hello", "hello"), ("aaaa", "aa"), ("abc", ""), ("", ""), ("", "a"), ("abcabc", "c"), ("xyz", "q")]
ranges = [(0, -1), (1, -1), (-5, -1), (0, 3), (2, 100), (5, 2), (-100, -2), (0, -2)]
for s, sub in sub_cases:
    for st, en in ranges:
        for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
            op = "aten::index.str" if m == "index" else "aten::" + m
            case(op, [s, sub, st, en], f"a0.{m}(a1, a2, a3)")
for s, old, new, mx in [("aaaa", "a", "b", -1), ("aaaa", "a", "b", 2), ("aaaa", "aa", "x", -1), ("abc", "", "-", -1),
                        ("abc", "", "-", 2), ("", "", "x", -1), ("abc", "x", "y", -1), ("abcabc", "bc", "", 1), ("aaa", "a", "b", 0)]:
    case("aten::replace", [s, old, new, mx], "a0.replace(a1, a2, a3)")
split_inputs = ["a,b,,c", "  a  b c  ", "", ",", "a", "a b\tc\nd", "1<>2<>3", "   ", "a  b  c"]
for s in split_inputs:
    for sep in [",", "<>", " ", N("str")]:
        for mx in [-1, 0, 1, 2]:
            case("aten::split.str", [s, sep, mx], "a0.split(a1, a2)")
    for sep in [",", " ", "<>"]:
        for mx in [-1, 0, 1, 2]:
            case("aten::rsplit", [s, sep, mx], "a0.rsplit(a1, a2)")
case("aten::split.str", ["abc", "", -1], "a0.split(a1, a2)")
case("aten::rsplit", ["abc", "", -1], "a0.rsplit(a1, a2)")
for s in ["a\nb\r\nc\rd\n", "", "\n", "abc", "a\n\nb", "x\r", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g"]:
    for ke in [False, True]:
        case("aten::splitlines", [s, ke], "a0.splitlines(a1)")
for s in ["a\tb", "\t", "ab\tcd\tef", "abc\r\tx\n\ty", "", "12345678\tx"]:
    for ts in [8, 4, 1, 0, -1]:
        case("aten::expandtabs", [s, ts], "a0.expandtabs(a1)")
for s, sep in [("a=b=c", "="), ("abc", "="), ("=", "="), ("", "x"), ("a<>b", "<>"), ("abc", "")]:
    case("aten::partition", [s, sep], "a0.partition(a1)")
    case("aten::rpartition", [s, sep], "a0.rpartition(a1)")
for sep, vals in [(",", ["a", "b"]), ("", []), ("-", ["x"]), (", ", ["", "", ""])]:
    case("aten::join", [sep, L("str", vals)], "a0.join(a1)")
for s in ["a", "Z", "0", "~", "ab", ""]:
    case("aten::ord", [s], "ord(a0)")
for i in [65, 97, 0, 127, -1, 1114112]:
    case("aten::chr", [i], "chr(a0)")
for i in [0, 1, -1, 255, -255, 2**63 - 1, -2**63, 8, 10]:
    case("aten::hex", [i], "hex(a0)")
    case("aten::oct", [i], "oct(a0)")
    case("aten::bin", [i], "bin(a0)")
for s in ["12", " 12", "-3", "+4", "1_0", "12x", "", "0x10", "12 ", "007"]:
    case("aten::Int.str", [s], "int(a0)")
for s in ["1.5", " 2", "inf", "-inf", "nan", "1e3", "x", "", "1.5x", "  3.25  ", "0x10"]:
    case("aten::Float.str", [s], "float(a0)")
for s in ["abc", "", "héllo"[:1]]:
    case("aten::len.str", [s], "len(a0)")
for s, i in [("abc", 0), ("abc", -1), ("abc", 3), ("abc", -4)]:
    case("aten::__getitem__.str", [s, i], "a0[a1]")
for s in ["abc", ""]:
    case("aten::list", [s], "list(a0)")
for s in ["abc", "", "x", "hello world"]:
    case("aten::hash.generic", [s], "hash(a0)")
for x in [0, 1, -1, 123456789, 2**62]:
    case("aten::hash.generic", [x], "hash(a0)")
for x in [0.0, -0.0, 1.5, 2.0, -3.25, float("inf"), 1e300]:
    case("aten::hash.generic", [x], "hash(a0)")
case("aten::hash.generic", [True], "hash(a0)")
case("aten::hash.generic", [False], "hash(a0)")
# percent formatting
for fmt, args in [("%d", (3,)), ("%s and %s", ("a", "b")), ("%d%%", (5,)), ("x%sy", (1.5,)), ("%s", (L("int", [1, 2]),)),
                  ("%f", (1.5,)), ("%i", (7,)), ("%e", (1234.5,)), ("%c", (65,)), ("%s", (True,)), ("%d", (2.7,)),
                  ("no args", ()), ("%s %s", ("a",)), ("%d", ("x",)), ("%x", (255,)), ("%.2f", (1.0,)), ("%s", (2.0,))]:
    case("aten::percentFormat", [fmt] + list(args), "a0 % (" + "".join(f"a{i + 1}, " for i in range(len(args))) + ")")
# str.format (existing kernel) incl. floats and containers
for args in [(1.0,), (2.5,), ("s",), (1e20,), (1e-7,), (L("int", [1, 2]),), (True,), (-0.0,), (float("nan"),)]:  # noqa
    case("aten::format", ["<{}>"] + list(args), "a0.format(" + ", ".join(f"a{i + 1}" for i in range(len(args))) + ")")
for x in [1, 1.0, 0.1, 1e20, 1e16, 123456789.0, -2.5, float("inf"), True, "x", L("float", [1.0, 0.5]),
          L("str", ["a", "b"]), D("str", "int", {"a": 1}), (1, "x"), (2.0,), -0.0, 1e-5, 3.0000000000000004]:
    case("aten::str", [x], "str(a0)")

# ---------------------------------------------------------------- lists
case("aten::append.t", [L("int", [1, 2]), 3], "a0.append(a1)", void=True)
case("aten::extend.t", [L("int", [1]), L("int", [2, 3])], "a0.extend(a1)", void=True)
for i in [0, 1, 5, -1, -10]:
    case("aten::insert.t", [L("int", [1, 2, 3]), i, 9], "a0.insert(a1, a2)", void=True)
for l, i in [([1, 2, 3], -1), ([1, 2, 3], 0), ([1, 2, 3], 3), ([1, 2, 3], -4), ([], -1), ([], 0)]:
    case("aten::pop.t", [L("int", l), i], "a0.pop(a1)", mut=True)
for kind, l, x in [("int", [1, 2, 1], 1), ("int", [1, 2], 3), ("float", [1.0, 2.0], 2.0), ("bool", [True, False], False),
                   ("str", ["a", "b"], "b"), ("str", [], "x"), ("float", [float("nan")], float("nan"))]:
    case(f"aten::remove.{kind}", [L(kind, l), x], "a0.remove(a1)", void=True)
    case(f"aten::index.list_{kind}", [L(kind, l), x], "a0.index(a1)")
    case(f"aten::count.{kind}", [L(kind, l), x], "a0.count(a1)")
for kind, l, x in [("int", [1, 2], 2), ("int", [], 1), ("float", [1.5], 1.5), ("float", [float("nan")], float("nan")),
                   ("str", ["a"], "a"), ("str", ["a"], "b"), ("float", [0.0], -0.0)]:
    case(f"aten::__contains__.{kind}_list", [L(kind, l), x], "a1 in a0")
case("aten::clear.t", [L("int", [1, 2])], "a0.clear()", void=True)
case("aten::reverse.t", [L("str", ["a", "b", "c"])], "a0.reverse()", void=True)
for kind, l in [("int", [3, 1, 2, 1]), ("float", [2.5, -1.0, 0.0, -0.0, 3.0]), ("bool", [True, False, True]),
                ("str", ["b", "a", "B", "", "ab"]), ("int", [])]:
    for rev in [False, True]:
        case(f"aten::sort.{kind}", [L(kind, l), rev], "a0.sort(reverse=a1)", void=True)
    case(f"aten::sorted.{kind}", [L(kind, l)], "sorted(a0)")
case("aten::sort.any", [L("Tuple[int, str]", [(2, "a"), (1, "b"), (2, "0")]), False], "a0.sort(reverse=a1)", void=True)
case("aten::sort.any", [L("Tuple[int, str]", [(2, "a"), (1, "b"), (2, "0")]), True], "a0.sort(reverse=a1)", void=True)
case("aten::sorted.any", [L("Tuple[int, float]", [(2, 1.0), (1, 5.0), (2, 0.5)])], "sorted(a0)")
case("aten::sorted.any", [L("List[int]", [[2, 1], [1, 5, 0], [2], []])], "sorted(a0)")
case("aten::copy.t", [L("int", [1, 2])], "a0.copy()")
case("aten::list.t", [L("int", [1, 2])], "list(a0)")
case("aten::len.t", [L("int", [1, 2])], "len(a0)")
case("aten::add.t", [L("int", [1]), L("int", [2, 3])], "a0 + a1")
for n in [0, 2, -1]:
    case("aten::mul.left_t", [L("int", [1, 2]), n], "a0 * a1")
    case("aten::mul.right_", [n, L("int", [1, 2])], "a0 * a1")
for l, st, en, step in [([1, 2, 3, 4, 5], N("int"), N("int"), 2), ([1, 2, 3, 4, 5], N("int"), N("int"), -1),
                        ([1, 2, 3, 4, 5], 1, -1, 1), ([1, 2, 3, 4, 5], -2, N("int"), 1), ([1, 2, 3, 4, 5], 4, 1, -2),
                        ([1, 2, 3], 10, 20, 1), ([1, 2, 3], N("int"), N("int"), 0)]:
    case("aten::slice.t", [L("int", l), st, en, step], "a0[a1:a2:a3]")
    case("aten::slice.str", ["".join(map(str, l)), st, en, step], "a0[a1:a2:a3]")
for l, i in [([1, 2, 3], 1), ([1, 2, 3], -1), ([1, 2, 3], 3), ([], 0)]:
    case("aten::__getitem__.t", [L("int", l), i], "a0[a1]")
    case("aten::Delete.t", [L("int", l), i], "del a0[a1]", void=True)
    case("aten::_set_item.t", [L("int", l), i, 7], "a0[a1] = a2", void=True)
for kind, a, b in [("int", [1, 2], [1, 2]), ("int", [1, 2], [1, 3]), ("int", [], []), ("float", [float("nan")], [float("nan")]),
                   ("float", [1.0], [1.0, 2.0]), ("bool", [True], [True]), ("str", ["a"], ["a"]), ("str", ["a"], ["b"])]:
    case(f"aten::eq.{kind}_list", [L(kind, a), L(kind, b)], "a0 == a1")
    case(f"aten::ne.{kind}_list", [L(kind, a), L(kind, b)], "a0 != a1")
for kind, l in [("int", [3, -1, 2]), ("int", []), ("float", [1.5, -2.0, float("nan")]), ("float", [float("nan"), 1.0]),
                ("bool", [True, False]), ("bool", [])]:
    case(f"prim::min.self_{kind}", [L(kind, l)], "min(a0)")
    case(f"prim::max.self_{kind}", [L(kind, l)], "max(a0)")
for kind, a, b in [("int", [1, 5], [3, 2]), ("int", [1, 5, 7], [3]), ("float", [1.0, float("nan")], [0.5, 2.0]), ("bool", [True, False], [False, False])]:
    case(f"prim::min.{kind}_list", [L(kind, a), L(kind, b)], "min(a0, a1)")
    case(f"prim::max.{kind}_list", [L(kind, a), L(kind, b)], "max(a0, a1)")
for kind, l in [("int", [1, 2, 3]), ("int", []), ("float", [0.1, 0.2, 0.3]), ("bool", [True, True, False])]:
    case(f"aten::sum.{kind}", [L(kind, l)], "sum(a0)")
for kind, l in [("int", [0, 1]), ("int", [0]), ("int", []), ("float", [0.0, 0.5]), ("float", [float("nan")]),
                ("bool", [False]), ("bool", [True, True]), ("str", ["", "a"]), ("str", [""])]:
    case(f"aten::any.{kind}", [L(kind, l)], "any(a0)")
    if kind != "str":
        case(f"aten::all.{kind}", [L(kind, l)], "all(a0)")
case("aten::sum.complex", [L("complex", [1 + 2j, 3 - 1j])], "sum(a0)")

# ---------------------------------------------------------------- dicts
KV = {"str": ("a", "b", "zz"), "int": (1, 2, 99), "float": (1.5, -2.0, 7.0), "bool": (True, False, None)}
for k, (x, y, missing) in KV.items():
    def d(): return D(k, "int", {x: 10, y: 20})
    case(f"aten::keys.{k}", [d()], "a0.keys()")
    case(f"aten::values.{k}", [d()], "a0.values()")
    case(f"aten::items.{k}", [d()], "a0.items()")
    case(f"aten::len.Dict_{k}", [d()], "len(a0)")
    case(f"aten::__getitem__.Dict_{k}", [d(), y], "a0[a1]")
    case(f"aten::get.{k}", [d(), x], "a0.get(a1)")
    case(f"aten::get.default_{k}", [d(), x, 5], "a0.get(a1, a2)")
    case(f"aten::popitem.{k}", [d()], "a0.popitem()", mut=True)
    case(f"aten::popitem.{k}", [D(k, "int", {})], "a0.popitem()", mut=True)
    case(f"aten::pop.Dict_{k}", [d(), x], "a0.pop(a1)", mut=True)
    case(f"aten::clear.{k}", [d()], "a0.clear()", void=True)
    case(f"aten::copy.Dict_{k}", [d()], "a0.copy()")
    case(f"aten::dict.Dict_{k}", [d()], "dict(a0)")
    case(f"aten::update.{k}", [d(), D(k, "int", {y: 3})], "a0.update(a1)", void=True)
    case(f"aten::setdefault.{k}", [d(), y, 0], "a0.setdefault(a1, a2)", mut=True)
    case(f"aten::__contains__.{k}", [d(), x], "a1 in a0")
    case(f"aten::_set_item.{k}", [d(), x, 0], "a0[a1] = a2", void=True)
    case(f"aten::Delete.Dict_{k}", [d(), x], "del a0[a1]", void=True)
    if missing is not None:
        case(f"aten::__getitem__.Dict_{k}", [d(), missing], "a0[a1]")
        case(f"aten::get.{k}", [d(), missing], "a0.get(a1)")
        case(f"aten::get.default_{k}", [d(), missing, 5], "a0.get(a1, a2)")
        case(f"aten::pop.Dict_{k}", [d(), missing], "a0.pop(a1)", mut=True)
        case(f"aten::pop.Dict_default_{k}", [d(), missing, 5], "a0.pop(a1, a2)", mut=True)
        case(f"aten::pop.Dict_default_{k}", [d(), x, 5], "a0.pop(a1, a2)", mut=True)
        case(f"aten::setdefault.{k}", [d(), missing, 0], "a0.setdefault(a1, a2)", mut=True)
        case(f"aten::__contains__.{k}", [d(), missing], "a1 in a0")
        case(f"aten::Delete.Dict_{k}", [d(), missing], "del a0[a1]", void=True)
case("aten::keys.complex", [D("complex", "int", {1j: 1, 2 + 0j: 2})], "a0.keys()")
case("aten::__getitem__.Dict_complex", [D("complex", "int", {1j: 1}), 1j], "a0[a1]")
case("aten::__getitem__.Dict_str", [D("str", "int", {"a": 1}), "key"], "a0[a1]")

# ---------------------------------------------------------------- scalar math
INTS = [0, 1, -1, 7, -7, 100]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, 2.5, -2.5, 3.7, -3.7, 10.0, 1e-10, 1e300, float("inf"), float("-inf"), float("nan")]
UNARY_FLOAT = ["exp", "log", "log10", "log1p", "expm1", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
               "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs", "degrees", "radians"]
for fn in UNARY_FLOAT:
    mathname = fn
    for x in INTS:
        case(f"aten::{fn}.int", [x], f"math.{mathname}(a0)")
    for x in FLOATS:
        case(f"aten::{fn}.float", [x], f"math.{mathname}(a0)")
for fn in ["floor", "ceil"]:
    for x in FLOATS:
        case(f"aten::{fn}.float", [x], f"math.{fn}(a0)")
for x in FLOATS:
    for fn in ["isnan", "isinf", "isfinite"]:
        case(f"aten::{fn}.float", [x], f"math.{fn}(a0)")
    case("aten::modf", [x], "math.modf(a0)")
    case("aten::frexp", [x], "math.frexp(a0)")
    case("aten::round.float", [x], "round(a0)")
    case("prim::abs.float", [x], "abs(a0)")
    case("aten::Int.float", [x], "int(a0)")
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370497.0]:
    case("aten::round.float", [x], "round(a0)")
for x, i in [(1.0, 3), (0.75, -1), (3.0, 1100), (1.0, -1100), (float("inf"), 2), (-0.0, 5)]:
    case("aten::ldexp", [x, i], "math.ldexp(a0, a1)")
for n in [0, 1, 5, 20, -1]:
    case("aten::factorial.int", [n], "math.factorial(a0)")
for a, b in [(12, 18), (0, 0), (-12, 18), (7, 0), (0, -5), (-4, -6)]:
    case("aten::gcd.int", [a, b], "math.gcd(a0, a1)")
PAIRS_I = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (5, 0), (0, 0)]
PAIRS_F = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1.0, 0.0), (0.0, 0.0), (float("inf"), 2.0), (2.0, float("inf")),
           (-2.0, float("inf")), (float("nan"), 1.0), (-0.0, 1.0), (5.0, 3.0), (1e308, 1e-308), (6.0, 4.0)]
for a, b in PAIRS_I:
    case("aten::divmod.int", [a, b], "divmod(a0, a1)")
    for fn in ["atan2", "copysign", "mathremainder", "log"]:
        mn = {"mathremainder": "remainder"}.get(fn, fn)
        op = "aten::log.int_int" if fn == "log" else f"aten::{fn}.int"
        case(op, [a, b], f"math.{mn}(a0, a1)")
    case("aten::fmod.int", [a, b], "math.fmod(a0, a1)")
    case("aten::pow.int", [a, b], "math.pow(a0, a1)")
    case("aten::floordiv.int", [a, b], "a0 // a1")
    case("aten::remainder.int", [a, b], "a0 % a1")
    case("aten::__round_to_zero_floordiv.int", [a, b], "torch.ops.aten.__round_to_zero_floordiv(a0, a1)")
for a, b in PAIRS_F:
    case("aten::divmod.float", [a, b], "divmod(a0, a1)")
    case("aten::atan2.float", [a, b], "math.atan2(a0, a1)")
    case("aten::copysign.float", [a, b], "math.copysign(a0, a1)")
    case("aten::mathremainder.float", [a, b], "math.remainder(a0, a1)")
    case("aten::log.float_float", [a, b], "math.log(a0, a1)")
    case("aten::fmod.float", [a, b], "math.fmod(a0, a1)")
    case("aten::pow.float", [a, b], "math.pow(a0, a1)")
    case("aten::floordiv.float", [a, b], "a0 // a1")
    case("aten::remainder.float", [a, b], "a0 % a1")
for a, b in [(7, 2.5), (-7, 2.0), (3, 0.0)]:
    case("aten::divmod.int_float", [a, b], "divmod(a0, a1)")
    case("aten::divmod.float_int", [b, a], "divmod(a0, a1)")
    case("aten::copysign.int_float", [a, -b], "math.copysign(a0, a1)")
    case("aten::atan2.float_int", [b, a], "math.atan2(a0, a1)")
    case("aten::mathremainder.int_float", [a, b], "math.remainder(a0, a1)")
    case("aten::log.int_float", [a, b], "math.log(a0, a1)")
    case("aten::log.float_int", [b, a], "math.log(a0, a1)")
for a, b in [(0.0, -1.0), (0.0, 0.0), (-8.0, 1.0 / 3), (2.0, 0.5), (-2.0, 3.0), (0.0, -1.5)]:
    case("aten::pow.float", [a, b], "a0 ** a1")
for a, b in [(2, -1), (0, -1), (3, 40), (-2, 3), (0, 0)]:
    case("aten::pow.int", [a, b], "a0 ** a1")
for a, b in [(3, 5), (5, 3), (2, 2)]:
    case("prim::min.int", [a, b], "min(a0, a1)")
    case("prim::max.int", [a, b], "max(a0, a1)")
for a, b in [(1.0, float("nan")), (float("nan"), 1.0), (0.0, -0.0), (-0.0, 0.0), (1.5, 2.5)]:
    case("prim::min.float", [a, b], "min(a0, a1)")
    case("prim::max.float", [a, b], "max(a0, a1)")
case("prim::min.int_float", [2, 1.5], "min(a0, a1)")
case("prim::max.float_int", [1.5, 2], "max(a0, a1)")
for x in [-3, 0, 5, -2**63]:
    case("prim::abs.int", [x], "abs(a0)")
for x in [0, 3, -4]:
    case("aten::round.int", [x], "round(a0)")
for a, b in [(True, False), (True, True), (False, False)]:
    for opn, sym in [("__and__", "&"), ("__or__", "|"), ("__xor__", "^")]:
        case(f"aten::{opn}.bool", [a, b], f"a0 {sym} a1")
# complex
CX = [1 + 2j, -0.5 + 0j, 0j, 3 - 4j, complex(float("inf"), 1)]
for c in CX:
    for fn in ["exp", "log", "log10", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
        case(f"aten::{fn}.complex", [c], f"cmath_{fn}(a0)".replace("cmath_", "math."))
    for fn in ["isnan", "isinf", "isfinite"]:
        case(f"aten::{fn}.complex", [c], f"math.{fn}(a0)")
    case("prim::abs.complex", [c], "abs(a0)")
    case("aten::neg.complex", [c], "-a0")
for a, b in [(1 + 2j, 3 - 1j), (2j, 0j), (1 + 1j, 1 + 1j)]:
    for opn, sym in [("add", "+"), ("sub", "-"), ("mul", "*"), ("div", "/")]:
        case(f"aten::{opn}.complex", [a, b], f"a0 {sym} a1")
    case("aten::pow.complex", [a, b], "a0 ** a1")
    case("aten::eq.complex", [a, b], "a0 == a1")
    case("aten::ne.complex", [a, b], "a0 != a1")
for c, x in [(1 + 2j, 2.0), (2j, 0.5)]:
    case("aten::add.complex_float", [c, x], "a0 + a1")
    case("aten::mul.float_complex", [x, c], "a0 * a1")
    case("aten::sub.int_complex", [3, c], "a0 - a1")
    case("aten::pow.complex_float", [c, x], "a0 ** a1")
    case("aten::eq.float_complex", [x, c], "a0 == a1")
for x, y in [(1.0, 2.0), (0.0, -1.5)]:
    case("aten::Complex.float_float", [x, y], "complex(a0, a1)")
case("aten::Complex.int_int", [1, 2], "complex(a0, a1)")
case("aten::Complex.bool_float", [True, 2.5], "complex(a0, a1)")
case("aten::Complex.int_bool", [3, False], "complex(a0, a1)")
for a, b in [(2.0, 0.5), (1, 3)]:
    case("aten::polar.float" if isinstance(a, float) else "aten::polar.int", [a, b], "torch.polar(a0, a1)" if False else "torch.ops.aten.polar(a0, a1)")
for x in [0, 1, -1]:
    case("aten::angle.int", [x], "torch.ops.aten.angle(a0)")
for x in [0.0, 1.0, -1.0, -0.0, float("nan")]:
    case("aten::angle.float", [x], "torch.ops.aten.angle(a0)")
case("aten::angle.complex", [1 + 1j], "torch.ops.aten.angle(a0)")
# devices and misc
for s in ["cpu", "cuda", "cuda:1", "cpu:0", "meta", "xyz", "cuda:-1", ""]:
    case("aten::device", [s], "torch.device(a0)")

def run_case(op, args, expr, mut, void):
    names = [f"a{i}" for i in range(len(args))]
    sig = ", ".join(f"{n}: {type_of(a)}" for n, a in zip(names, args))
    if void: body = f"    {expr}\n    return {names[0]}\n"
    elif mut: body = f"    r = {expr}\n    return r, {names[0]}\n"
    else: body = f"    return {expr}\n"
    fn = torch.jit.CompilationUnit(f"def f({sig}):\n" + body).f
    schemas = []
    def walk(block):
        for n in block.nodes():
            try: schemas.append(str(n.schema()))
            except Exception: pass
            for b in n.blocks(): walk(b)
    walk(fn.graph)
    used = any(s.startswith(op + "(") for s in schemas)
    if not used:
        return None, f"{op}: graph calls {schemas}"
    import copy
    call_args = [copy.deepcopy(raw(a)) for a in args]
    out = {"op": op, "expr": expr, "args": [enc(a) for a in args]}
    try:
        r = fn(*call_args)
        if void: out["self_after"] = enc(r, type_of(args[0]))
        elif mut: out["result"] = enc(r[0]); out["self_after"] = enc(r[1], type_of(args[0]))
        else: out["result"] = enc(r)
    except Exception as e:
        out["error"] = [l for l in str(e).strip().splitlines()][-1]
    return out, None

RISKY = {"aten::replace", "aten::expandtabs", "aten::factorial.int"}

def run_isolated(c):
    """Runs a case in a forked child: some PyTorch 1.13 string kernels loop forever or die on a
    division by zero (`"abc".replace("", "-")`, `expandtabs(0)`); those are recorded as such."""
    import resource, select, signal
    rd, wr = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(rd)
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
        try:
            r, p = run_case(*c)
        except BaseException as e:
            r, p = None, f"{c[0]} {c[2]}: {str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__}"
        os.write(wr, json.dumps([r, p]).encode())
        os._exit(0)
    os.close(wr)
    data, deadline = b"", 3.0
    while True:
        ready, _, _ = select.select([rd], [], [], deadline)
        if not ready:
            os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0); os.close(rd)
            return {"op": c[0], "expr": c[2], "args": [enc(a) for a in c[1]], "crash": "hangs"}, None
        chunk = os.read(rd, 1 << 20)
        if not chunk: break
        data += chunk
    os.close(rd)
    _, status = os.waitpid(pid, 0)
    if not data:
        return {"op": c[0], "expr": c[2], "args": [enc(a) for a in c[1]], "crash": f"status {status}"}, None
    return json.loads(data)

def main():
    results, problems = [], []
    for i, c in enumerate(CASES):
        if os.environ.get("GEN_TRACE"): print(i, c[0], c[2], file=sys.stderr, flush=True)
        if True:  # isolate every case: some kernels hang or kill the process
            r, p = run_isolated(c)
        else:
            try:
                r, p = run_case(*c)
            except Exception as e:
                r, p = None, f"{c[0]} {c[2]}: {str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__}"
        if p: problems.append(p)
        if r: results.append(r)
    for p in problems: print("skipped:", p, file=sys.stderr)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "TorchScriptSharp.Tests", "Ops", "scalar_expectations.json")
    with open(out, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in results) + "\n]\n")
    print(f"{len(results)} cases ({len(set(r['op'] for r in results))} operators), {len(problems)} skipped -> {os.path.normpath(out)}")

if __name__ == "__main__":
    main()
