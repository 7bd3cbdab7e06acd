#!/usr/bin/python3
"""Dumps PyTorch's registered operator schemas (str of each, in registration order) into
src/TorchScriptSharp/Ops/schemas.txt. Run with a Python that has PyTorch 1.13:
    /usr/bin/python3 tools/gen_schemas.py
The order matters: overload resolution tries candidates in registration order."""
import os
import torch

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "src", "TorchScriptSharp", "Ops", "schemas.txt")
lines = [str(s) for s in torch._C._jit_get_all_schemas()]
assert all("\n" not in l for l in lines)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for l in lines:
        f.write(l + "\n")
print(f"torch {torch.__version__}: wrote {len(lines)} schemas to {os.path.normpath(out)}")

# A test oracle: PyTorch's own parse of every schema (argument names, types as annotation_str,
# broadcasting-list sizes, default reprs, kwarg-only flags, alias sets), one JSON object per line.
import json


def alias(a):
    ai = a.alias_info
    if ai is None:
        return None
    return {"before": sorted(ai.before_set), "after": sorted(ai.after_set), "write": ai.is_write}


def arg(a):
    d = {"name": a.name, "type": str(a.type)}
    if a.N is not None:
        d["N"] = a.N
    if a.kwarg_only:
        d["kwarg_only"] = True
    if a.alias_info is not None:
        d["alias"] = alias(a)
    if a.has_default_value():
        d["default"] = repr(a.default_value)
    return d


oracle = os.path.join(here, "..", "tests", "TorchScriptSharp.Tests", "Ops", "schema_oracle.jsonl")
os.makedirs(os.path.dirname(oracle), exist_ok=True)
with open(oracle, "w", encoding="utf-8", newline="\n") as f:
    for s in torch._C._jit_get_all_schemas():
        f.write(json.dumps({"name": s.name, "overload": s.overload_name,
                            "args": [arg(a) for a in s.arguments],
                            "returns": [arg(r) for r in s.returns]}, separators=(",", ":")) + "\n")
print(f"wrote {os.path.normpath(oracle)}")
