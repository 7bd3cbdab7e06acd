#!/usr/bin/python3
"""OpInfo conformance cases for TorchScriptSharp's operator library.

For every OpInfo in PyTorch 1.13's database (torch.testing._internal.common_methods_invocations)
this writes, for up to 3 float32 samples (and one int64 sample where the op takes integers), a
standalone TorchScript function calling the op the way OpInfo does, scripts it with PyTorch to be
sure it compiles, runs it and saves the goldens:

    cases/<op>__<i>.py          the function `fn` (tensor arguments are parameters, the rest literals)
    cases/<op>__<i>.inputs.pt   torch.save([tensor args...])
    cases/<op>__<i>.output.pt   torch.save(result)
    cases/index.tsv             case, family, aten ops the scripted graph calls

A case is kept only if every aten op in its inlined graph has a kernel in TorchScriptSharp (the
`./tss ops` list), its arguments can be written as literals, and it is deterministic.

Run from the repository root:  /usr/bin/python3 tests/opinfo/generate.py
"""
import copy
import math
import os
import shutil
import subprocess
import sys
import types
import warnings

# common_methods_invocations imports expecttest (a test-only package Debian does not ship with
# python3-torch); only its TestCase base and ACCEPT flag are touched at import time.
try:
    import expecttest  # noqa: F401
except ImportError:
    stub = types.ModuleType("expecttest")
    stub.TestCase = type("TestCase", (), {})
    stub.ACCEPT = False
    sys.modules["expecttest"] = stub

import torch
from torch.testing._internal.common_methods_invocations import op_db
from torch.testing._internal.opinfo.core import BinaryUfuncInfo, ReductionOpInfo, UnaryUfuncInfo

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "opinfo", "cases")
SAMPLES_PER_OP = 3
MAX_NUMEL = 4000          # keep the committed goldens small
STRUCTURAL = {
    "prim::Constant", "prim::ListConstruct", "prim::ListUnpack", "prim::TupleConstruct", "prim::TupleUnpack",
    "prim::If", "prim::Loop", "prim::GetAttr", "prim::RaiseException", "prim::unchecked_cast", "prim::Uninitialized",
    "prim::TupleIndex", "prim::DictConstruct", "prim::Print", "aten::warn",
}
SHAPE = {"view", "reshape", "permute", "transpose", "squeeze", "unsqueeze", "flatten", "expand", "expand_as", "repeat",
         "cat", "stack", "split", "chunk", "narrow", "select", "unbind", "contiguous", "t", "movedim", "moveaxis", "flip",
         "fliplr", "flipud", "roll", "rot90", "tile", "hstack", "vstack", "dstack", "column_stack", "split_with_sizes",
         "tensor_split", "unflatten", "view_as", "reshape_as", "ravel", "broadcast_to", "broadcast_tensors", "diagonal",
         "diag", "diag_embed", "diagflat", "tril", "triu", "atleast_1d", "atleast_2d", "atleast_3d", "swapaxes",
         "swapdims", "repeat_interleave", "unfold", "mT", "T", "H", "mH", "adjoint", "concat", "clone", "hsplit",
         "vsplit", "dsplit", "squeeze_", "as_strided", "permute", "real", "view_as_real", "block_diag"}
INDEXING = {"index_select", "gather", "scatter", "scatter_add", "scatter_reduce", "masked_fill", "masked_select",
            "masked_scatter", "nonzero", "take", "take_along_dim", "index_add", "index_fill", "index_copy", "index_put",
            "put", "where", "argwhere", "__getitem__", "bincount", "bucketize", "searchsorted", "histc"}
FACTORY = {"zeros", "ones", "full", "empty", "arange", "linspace", "logspace", "eye", "zeros_like", "ones_like",
           "full_like", "empty_like", "new_zeros", "new_ones", "new_full", "new_empty", "tril_indices", "triu_indices",
           "scalar_tensor", "tensor"}
LINALG = {"mm", "bmm", "matmul", "addmm", "addmv", "addbmm", "baddbmm", "addr", "einsum", "dot", "vdot", "inner", "mv",
          "outer", "ger", "kron", "cross", "tensordot", "chain_matmul", "inverse", "det", "logdet", "matrix_power",
          "pinverse", "cholesky", "trace", "cartesian_prod", "combinations", "meshgrid", "vander", "cdist", "dist"}
REDUCTION_NAMES = {"sort", "argsort", "topk", "kthvalue", "median", "nanmedian", "mode", "cumsum", "cumprod", "cummax",
                   "cummin", "logcumsumexp", "logsumexp", "std", "var", "std_mean", "var_mean", "norm", "msort",
                   "aminmax", "count_nonzero", "unique", "unique_consecutive", "max", "min", "renorm"}
RANDOM = {"bernoulli", "multinomial", "normal", "rand_like", "randn_like", "randint_like", "randint", "poisson",
          "uniform", "cauchy", "exponential", "geometric", "log_normal", "randn", "rand", "randperm"}


def family(op):
    name = op.name
    base = name.split(".")[-1]
    if name.startswith("linalg.") or base in LINALG:
        return "linalg"
    if name.startswith("nn.functional."):
        return "nn.functional"
    if base in FACTORY:
        return "factory"
    if base in SHAPE:
        return "shape"
    if base in INDEXING:
        return "indexing"
    if isinstance(op, ReductionOpInfo) or base in REDUCTION_NAMES:
        return "reduction"
    if isinstance(op, UnaryUfuncInfo):
        return "unary"
    if isinstance(op, BinaryUfuncInfo):
        return "binary"
    return "other"


def kernel_ops():
    out = subprocess.run([os.path.join(ROOT, "tss"), "ops"], capture_output=True, text=True, check=True).stdout
    bound = set()
    for line in out.splitlines():
        if line.startswith("[kernel] "):
            schema = line[len("[kernel] "):]
            bound.add(schema.split("(")[0])
    return bound


class Unsupported(Exception):
    pass


def literal(v):
    """A Python value as TorchScript source, or Unsupported."""
    if v is None or isinstance(v, (bool, str)):
        return repr(v)
    if isinstance(v, int):
        return repr(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "float('nan')"
        if math.isinf(v):
            return "float('inf')" if v > 0 else "-float('inf')"
        return repr(v)
    if isinstance(v, torch.dtype):
        return str(v)
    if isinstance(v, torch.Size):
        v = list(v)
    if isinstance(v, (list, tuple)):
        if len(v) == 0:
            raise Unsupported("empty list literal (type unknown)")
        items = [literal(x) for x in v]
        kinds = {type(x) for x in v}
        if len(kinds) > 1 or kinds - {int, float, bool}:
            raise Unsupported("list of mixed or non-number literals")
        return ("[" if isinstance(v, list) else "(") + ", ".join(items) + ("" if isinstance(v, list) or len(v) > 1 else ",") + ("]" if isinstance(v, list) else ")")
    raise Unsupported(f"argument of type {type(v).__name__}")


class Builder:
    """Turns a sample (input, args, kwargs) into parameters + a call expression."""

    def __init__(self):
        self.params = []    # (name, annotation)
        self.values = []    # actual tensors / tensor lists, in parameter order

    def arg(self, v):
        if isinstance(v, torch.Tensor):
            if v.requires_grad:
                v = v.detach()
            if v.layout != torch.strided or v.is_complex() or v.dtype in (torch.bfloat16, torch.float16):
                raise Unsupported("non-strided, complex or half tensor")
            if v.numel() > MAX_NUMEL:
                raise Unsupported("sample too large")
            name = f"t{len(self.params)}"
            self.params.append((name, "torch.Tensor"))
            self.values.append(v.clone())
            return name
        if isinstance(v, (list, tuple)) and v and all(isinstance(x, torch.Tensor) for x in v):
            if sum(x.numel() for x in v) > MAX_NUMEL:
                raise Unsupported("sample too large")
            name = f"t{len(self.params)}"
            self.params.append((name, "List[torch.Tensor]"))
            self.values.append([x.detach().clone() for x in v])
            return name
        return literal(v)


def callee(op):
    """How to call the op: ('fn', 'torch.x.y') or ('method', 'name')."""
    parts = op.name.split(".")
    obj = torch
    for p in parts:
        obj = getattr(obj, p, None)
        if obj is None:
            break
    if obj is not None and op.op is obj:
        return "fn", "torch." + op.name
    if op.method_variant is not None and op.op is op.method_variant:
        return "method", parts[-1]
    if obj is not None:
        return "fn", "torch." + op.name
    if op.method_variant is not None:
        return "method", parts[-1]
    raise Unsupported("no torch.* function or Tensor method")


def source_for(op, sample, inplace=False):
    b = Builder()
    kind, name = callee(op) if not inplace else ("method", op.name.split(".")[-1] + "_")
    first = b.arg(sample.input)
    args = [b.arg(a) for a in sample.args]
    kwargs = [f"{k}={b.arg(v)}" for k, v in sample.kwargs.items()]
    header = ", ".join(f"{n}: {t}" for n, t in b.params)
    if kind == "fn":
        call = f"{name}({', '.join([first] + args + kwargs)})"
        body = f"    return {call}\n"
    elif inplace:
        call = f"{first}.{name}({', '.join(args + kwargs)})"
        body = f"    {first} = {first}.clone()\n    {call}\n    return {first}\n"
    else:
        call = f"{first}.{name}({', '.join(args + kwargs)})"
        body = f"    return {call}\n"
    src = "import torch\nfrom typing import List\n\n\ndef fn(" + header + "):\n" + body
    return src, b.values


_counter = [0]
_tmp = []


def load_fn(src):
    """`fn` of the source, imported from a file so torch.jit.script can read its source."""
    import importlib.util
    import tempfile
    _counter[0] += 1
    if not _tmp:
        _tmp.append(tempfile.mkdtemp(prefix="opinfo_cases_"))
    path = os.path.join(_tmp[0], f"case_{_counter[0]}.py")
    with open(path, "w") as f:
        f.write(src)
    spec = importlib.util.spec_from_file_location(f"opinfo_case_{_counter[0]}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.fn  # the file stays until the run ends: torch.jit.script reads the source from it


def aten_ops(graph):
    found = set()

    def walk(block):
        for n in block.nodes():
            found.add(n.kind())
            for inner in n.blocks():
                walk(inner)
    walk(graph)
    return found


def schema_names(graph):
    names = set()

    def walk(block):
        for n in block.nodes():
            try:
                s = n.schema()
                names.add(s.split("(")[0])
            except RuntimeError:
                names.add(n.kind())
            for inner in n.blocks():
                walk(inner)
    walk(graph)
    return names


def same(a, b):
    if isinstance(a, torch.Tensor):
        return isinstance(b, torch.Tensor) and a.dtype == b.dtype and a.shape == b.shape and torch.equal(
            torch.nan_to_num(a.float() if a.is_floating_point() else a), torch.nan_to_num(b.float() if b.is_floating_point() else b))
    if isinstance(a, (list, tuple)):
        return type(a) == type(b) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def plain(v):
    """torch.return_types named tuples -> plain tuples (what a TorchScript function returns)."""
    if isinstance(v, tuple):
        return tuple(plain(x) for x in v)
    if isinstance(v, list):
        return [plain(x) for x in v]
    return v


def try_case(op, sample, bound, inplace=False):
    src, values = source_for(op, sample, inplace)
    fn = torch.jit.script(load_fn(src))
    graph = fn.graph.copy()
    torch._C._jit_pass_inline(graph)
    names = schema_names(graph)
    missing = sorted(n for n in names if n not in STRUCTURAL and n not in bound and (n.startswith("aten::") or n.startswith("prim::")))
    if missing:
        raise Unsupported("no kernel: " + ", ".join(missing))
    torch.manual_seed(0)
    out1 = plain(fn(*copy.deepcopy(values)))
    torch.manual_seed(1)
    out2 = plain(fn(*copy.deepcopy(values)))
    if not same(out1, out2):
        raise Unsupported("nondeterministic")
    if isinstance(out1, torch.Tensor) and (out1.is_complex() or out1.layout != torch.strided):
        raise Unsupported("complex or sparse result")
    if isinstance(out1, torch.Tensor) and out1.numel() > MAX_NUMEL:
        raise Unsupported("result too large")
    return src, values, out1, sorted(n for n in names if n.startswith("aten::"))


def samples_of(op):
    """Up to 3 float32 samples, and one int64 sample when the op supports int64."""
    picked = []
    try:
        for s in op.sample_inputs("cpu", torch.float32):
            picked.append(s)
            if len(picked) >= 3 * SAMPLES_PER_OP:
                break
    except Exception:
        pass
    ints = []
    if torch.int64 in op.supported_dtypes("cpu"):
        try:
            for s in op.sample_inputs("cpu", torch.int64):
                ints.append(s)
                if len(ints) >= 3:
                    break
        except Exception:
            pass
    return picked, ints


def main():
    bound = kernel_ops()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    index = []
    skipped = {}
    torch.manual_seed(1234)
    for op in op_db:
        if "empty" in op.name or op.name.split(".")[-1] in RANDOM:
            continue  # uninitialised memory or random sampling: nothing to compare
        if op.variant_test_name:
            stem_base = f"{op.name}_{op.variant_test_name}"
        else:
            stem_base = op.name
        stem_base = stem_base.replace(".", "_")
        floats, ints = samples_of(op)
        written = 0
        reasons = []
        for pool, want in ((floats, SAMPLES_PER_OP), (ints, 1)):
            got = 0
            for sample in pool:
                if got >= want:
                    break
                try:
                    src, values, out, atens = try_case(op, sample, bound)
                except Unsupported as e:
                    reasons.append(str(e))
                    continue
                except Exception as e:  # PyTorch rejected the scripted call or the op failed
                    reasons.append(type(e).__name__ + ": " + str(e).splitlines()[0][:120] if str(e) else type(e).__name__)
                    continue
                stem = f"{stem_base}__{written}"
                with open(os.path.join(OUT, stem + ".py"), "w") as f:
                    f.write(src)
                torch.save(values, os.path.join(OUT, stem + ".inputs.pt"))
                torch.save(out, os.path.join(OUT, stem + ".output.pt"))
                index.append((stem, family(op), " ".join(atens)))
                written += 1
                got += 1
        # The in-place variant on one float sample (exercises the `_` kernels).
        if op.inplace_variant is not None and floats and family(op) in ("unary", "binary"):
            for sample in floats[:3]:
                try:
                    src, values, out, atens = try_case(op, sample, bound, inplace=True)
                except Exception as e:
                    reasons.append("inplace: " + str(e).splitlines()[0][:120] if str(e) else "inplace")
                    continue
                stem = f"{stem_base}__{written}"
                with open(os.path.join(OUT, stem + ".py"), "w") as f:
                    f.write(src)
                torch.save(values, os.path.join(OUT, stem + ".inputs.pt"))
                torch.save(out, os.path.join(OUT, stem + ".output.pt"))
                index.append((stem, family(op), " ".join(atens)))
                written += 1
                break
        if written == 0:
            skipped[stem_base] = reasons[0] if reasons else "no samples"
    with open(os.path.join(OUT, "index.tsv"), "w") as f:
        for row in index:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "skipped.tsv"), "w") as f:
        for k in sorted(skipped):
            f.write(f"{k}\t{skipped[k]}\n")
    if _tmp:
        shutil.rmtree(_tmp[0])
    print(f"{len(index)} cases for {len({r[0].split('__')[0] for r in index})} ops; {len(skipped)} ops skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
