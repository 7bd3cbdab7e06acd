"""Generates PrintingGoldens.g.cs: (graph text, code text, schemas) triples from real PyTorch 1.13.

Run with Debian's python3-torch:  /usr/bin/python3 gen_printing_goldens.py
Each case is TorchScript source compiled with torch.jit.CompilationUnit (source ranges print as
<string>:L:C, so the goldens do not depend on where this file lives). For every node (depth-first,
program order, as C#'s Graph.AllNodes()) that has a schema we record its arguments, so the C# tests
can attach FunctionSchema objects and exercise the printer's default-argument trimming.
"""
import json, os, torch

SOURCE = r'''
def helper(x: int) -> int:
    return x + 1

def f1(x: Tensor, n: int, y: Optional[Tensor] = None) -> Tensor:
    acc = x
    for i in range(n):
        if i % 2 == 0:
            acc = acc + i
        else:
            acc = acc * 2.0
    if y is not None:
        acc = acc + y
    return acc

def g(xs: List[Tensor]) -> List[int]:
    out = [t.size(0) for t in xs]
    d = {"a": 1}
    d["b"] = 2
    s = 0
    for k, v in d.items():
        s += v
    out.append(s)
    return out

def early(x: int) -> int:
    if x > 2:
        return 1
    for i in range(x):
        if i == 1:
            continue
        x += i
    return x

def opt(x: Optional[int], y: Optional[Tensor]) -> int:
    if x is None:
        return 0
    z = x + 1
    if y is not None and z > 2:
        z = z + int(y.sum())
    if z > 5:
        w: Optional[int] = z
    else:
        w = None
    assert w is not None, "w none"
    return z + w

def loops(x: Tensor, n: int):
    acc = x
    i = 0
    while i < n:
        acc = acc * 2
        i += 1
    for j in range(3):
        if j == 1:
            break
        acc = acc + j
    return acc, helper(n)

def consts(x: Tensor, s: str = "a\"b'c\n", fl: float = 2.0, b: bool = True, t: Tuple[int, int] = (1, 2)):
    a = torch.zeros([2, 3], dtype=torch.float32)
    fs = [1.5, 2.0, 1e-5, 1e20, 0.1, 1e10, 3e15, -0.0, float("inf"), 3.141592653589793]
    c = ["s", "t\t", "it's \"q\" \\ \001 end"]
    d = [True, False]
    e = torch.device("cpu")
    print(s, fs, c, d, e, (1, 2), a, None, fl, b, t)
    return x.sum(dim=[0], keepdim=True)

def containers(x: Tensor, u: Union[int, str], d: Dict[str, int]):
    t = (1, x)
    a, b = t
    l = [a, a + 1]
    p, q = l
    e = torch.jit.annotate(List[Optional[Tensor]], [])
    e.append(x)
    if isinstance(u, int):
        print(u)
    dd: Dict[str, Optional[int]] = {"a": 1}
    m: Dict[str, float] = {}
    ee: List[int] = []
    ee.append(p + q)
    dd["b"] = None
    m["z"] = 1.0
    return t[1], b, e, dd, m, ee, d["k"], (a,)

def longlines(x: Tensor, some_long_name: Tensor, another_long_name: Tensor):
    y = torch.add(torch.mul(some_long_name, another_long_name), torch.sub(some_long_name, another_long_name))
    z = some_long_name.add_(1) + (another_long_name * some_long_name * another_long_name * 3)
    return (y + z, y - z, y * z, y / z, some_long_name, another_long_name)

def longstr(x: int) -> str:
    if x > 0:
        return "a fairly long string constant that is hoisted to the top"
    return "short"

def builtins(x: Tensor, idx: Tensor):
    n = x.shape[0]
    y = x.float().view(-1, n)
    z = x[0, 1:3, None, ...]
    w = x[idx]
    x[0] = 5
    x[1:2] += 1
    v = x.T
    return n, y, z, w, v, x.size()[1:], str(n), float(n), bool(n), x.tolist() if False else [1]

def raises(x: int) -> int:
    if x < 0:
        raise ValueError("negative " + str(x))
    r = 0
    while True:
        r += 1
        if r > x:
            break
    return r

def names(x: Tensor, aten: int, inf: float, _: int):
    ops = x + aten
    fork = ops * inf
    CONSTANTS = fork + _
    return CONSTANTS

def noret(x: List[int]):
    x.append(1)
    if len(x) > 3:
        x.clear()

def mins(a: int, b: int, c: List[int]):
    return min(a, b), max(c), abs(a), a // b, a ** 2, -a, not (a > b), a != b, divmod(a, b)

def strs(s: str, l: List[str]) -> str:
    parts = s.split(",")
    out = "-".join(parts + l)
    if out.startswith("x") or "y" in out:
        out = out.upper()
    return "{} and {}".format(out, len(out))

def tensors(x: Tensor, y: Tensor):
    a = torch.cat([x, y], dim=1)
    b = torch.relu(a)
    c = a.to(torch.float64)
    d = torch.ones([3, 4], dtype=torch.float64)
    e = x.new_zeros([2])
    f = torch.where(x > 0, x, y)
    s = torch.softmax(x, -1)
    m = x.mean(dim=1, keepdim=False)
    return a, b, c, d, e, f, s, m, x.dtype, x.device, x.is_cuda

def nested(x: int) -> int:
    total = 0
    for i in range(x):
        for j in range(i):
            if (i + j) % 3 == 0:
                total += i * j
            elif j > 5:
                total -= 1
            else:
                pass
    return total

def withs(x: Tensor):
    with torch.no_grad():
        y = x + 1
    t = (x, 1, "a")
    return t[0:2], y

def optloop(n: int, o: Optional[int]):
    w: Optional[int] = None
    u: Optional[int] = 3
    for i in range(n):
        if i > 2:
            w = i
        o = i
        u = None
    return w, o, u
'''

def node_list(block, out):
    for n in block.nodes():
        out.append(n)
        for b in n.blocks():
            node_list(b, out)
    return out

def enc(v, has):
    """A default value as a tagged JSON object (the C# side turns it into an IValue)."""
    if not has:
        return None
    if v is None: return {"none": True}
    if isinstance(v, bool): return {"bool": v}
    if isinstance(v, int): return {"int": v}
    if isinstance(v, float): return {"float": repr(v)}
    if isinstance(v, str): return {"str": v}
    if isinstance(v, (list, tuple)):
        return {"list" if isinstance(v, list) else "tuple": [enc(e, True) for e in v]}
    return {"unsupported": repr(v)}

def args_of(schema):
    return [{"name": a.name, "kwarg_only": a.kwarg_only, "is_out": a.is_out, "is_list": str(a.type).startswith("List["),
             "default": enc(a.default_value, a.has_default_value())} for a in schema.arguments]

cases = []
cu = torch.jit.CompilationUnit(SOURCE)
for fn in cu.get_functions():
    g = fn.graph
    schemas, functions = {}, {}
    for i, n in enumerate(node_list(g.block(), [])):
        if n.kind() == "prim::Constant" and n.output().type().kind() == "FunctionType":
            functions[str(i)] = n.output().type().annotation_str
            continue
        try:
            s = n.schema()
        except RuntimeError:
            continue
        if s == "(no schema)":
            continue
        schemas[str(i)] = {"text": str(n.schema()), "args": args_of(torch._C.parse_schema(s))}
    cases.append({
        "name": fn.name,
        "graph": str(g),
        "code": fn.code,
        "params": args_of(fn.schema),
        "schemas": schemas,
        "functions": functions,
    })

text = json.dumps(cases, indent=1)
quotes = '"' * 3
while quotes in text:
    quotes += '"'
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "PrintingGoldens.g.cs"), "w") as f:
    f.write("// <auto-generated> by gen_printing_goldens.py with PyTorch %s; do not edit.\n" % torch.__version__)
    f.write("namespace TorchScriptSharp.Tests.Printing;\n\ninternal static class PrintingGoldens\n{\n")
    f.write("    public const string Json = %s\n%s\n%s;\n}\n" % (quotes, text, quotes))
for c in cases:
    print("=====", c["name"])
    print(c["graph"])
    print(c["code"])
