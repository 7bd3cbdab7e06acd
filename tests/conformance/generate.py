#!/usr/bin/python3
"""Conformance-corpus golden generator for TorchScriptSharp (PyTorch 1.13).

Same conventions and file formats as tests/golden/generate.py; only the folders differ
(positive/ instead of functions/, negative/ instead of errors/) and two extra checks:
a positive case raises at run time if and only if its stem contains "__rt_", and every
case file name is <category>__<name>.py with a known category.

Run from the repository root:

    /usr/bin/python3 tests/conformance/generate.py            # all cases
    /usr/bin/python3 tests/conformance/generate.py NAME ...   # only these case stems (ops-used.txt not rewritten)

See tests/conformance/MANIFEST.md for the conventions.
"""
import importlib.util
import io
import os
import re
import sys
import traceback

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GOLDEN_REL = os.path.join("tests", "conformance")
FUNC_DIR = os.path.join(GOLDEN_REL, "positive")
ERR_DIR = os.path.join(GOLDEN_REL, "negative")

CATEGORIES = (
    "types", "optional_union", "refinement", "containers_list", "containers_dict", "tuples_namedtuple",
    "strings", "string_methods", "formatting", "builtins", "math", "loops", "comprehensions",
    "control_flow", "exceptions", "tensor_indexing", "tensor_ops", "classes", "enums", "interfaces",
    "ignore_unused", "calls", "annotations", "docs",
)

GENERATED_SUFFIXES = (".inputs.pt", ".output.pt", ".code", ".graph", ".runtime_error.txt", ".error.txt")

ENTRY_RE = re.compile(r"^#\s*entry:\s*([A-Za-z_][A-Za-z_0-9]*)\s*$", re.M)
INPUTS_RE = re.compile(r"^#\s*inputs:\s*(.*)$", re.M)
DEF_RE = re.compile(r"^(?:async\s+)?def\s+([A-Za-z_][A-Za-z_0-9]*)\s*\(", re.M)
LINE_RE = re.compile(r'File "([^"]*)", line (\d+)')


def case_files(d):
    return sorted(f for f in os.listdir(d) if f.endswith(".py"))


def category(stem):
    return stem.split("__", 1)[0] if "__" in stem else ""


ADDR_RE = re.compile(r"\bat: 0x[0-9a-fA-F]+")


def rel(text):
    """Make absolute paths to the repo relative (golden files must not depend on the checkout location).

    Also masks process addresses PyTorch prints in some class-type messages
    ("(of Python compilation unit at: 0x5581...)" becomes "at: 0x?"), so a second run gives no diff."""
    return ADDR_RE.sub("at: 0x?", text.replace(ROOT + os.sep, ""))


def exc_class_name(e):
    t = type(e)
    mod = t.__module__
    if mod in ("builtins", None):
        return t.__name__
    return mod + "." + t.__qualname__


def entry_name(src, path):
    m = ENTRY_RE.search(src)
    if m:
        return m.group(1)
    names = DEF_RE.findall(src)
    if not names:
        raise SystemExit("%s: no top-level def" % path)
    return names[-1]


def load_module(path, stem):
    # The module name is the case stem: helper calls print as __torch__.<stem>.<helper>.
    if stem in sys.modules:
        raise SystemExit("%s: case name %r clashes with an already loaded module (or another case)" % (path, stem))
    spec = importlib.util.spec_from_file_location(stem, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[stem] = mod
    spec.loader.exec_module(mod)
    return mod


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def save_pt(obj, path):
    torch.save(obj, path, _use_new_zipfile_serialization=True)


def remove_generated(d, stem):
    for suf in GENERATED_SUFFIXES:
        p = os.path.join(d, stem + suf)
        if os.path.exists(p):
            os.remove(p)


def collect_ops(graph, acc):
    for n in graph.nodes():
        visit_node(n, acc)


def visit_node(n, acc):
    s = None
    try:
        s = n.schema()
    except Exception:
        s = None
    if not s or s == "(no schema)":
        s = n.kind()
    acc.add(s)
    for b in n.blocks():
        for m in b.nodes():
            visit_node(m, acc)


def run_function_case(fname, ops):
    stem = fname[:-3]
    path = os.path.join(FUNC_DIR, fname)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    remove_generated(FUNC_DIR, stem)
    m = INPUTS_RE.search(src)
    if not m:
        raise SystemExit("%s: missing '# inputs:' header" % path)
    mod = load_module(path, stem)
    fn_py = getattr(mod, entry_name(src, path))
    fn = torch.jit.script(fn_py)
    # Capture code and graph before running (running must not influence them).
    code = fn.code
    graph = str(fn.graph)
    collect_ops(fn.graph, ops)
    torch.manual_seed(0)
    args = eval(m.group(1), {"torch": torch, "__builtins__": __builtins__})
    if not isinstance(args, list):
        raise SystemExit("%s: inputs must evaluate to a list" % path)
    base = os.path.join(FUNC_DIR, stem)
    save_pt(args, base + ".inputs.pt")
    write_text(base + ".code", rel(code))
    write_text(base + ".graph", rel(graph))
    # Re-load the saved inputs so the function sees exactly what the C# harness will see.
    call_args = torch.load(base + ".inputs.pt")
    torch.manual_seed(0)
    try:
        out = fn(*call_args)
    except Exception as e:  # noqa: BLE001
        write_text(base + ".runtime_error.txt", exc_class_name(e) + "\n" + rel(str(e)))
        return "runtime_error"
    save_pt(out, base + ".output.pt")
    return "ok"


def remove_orphans():
    """Delete generated files whose case file is gone (renamed or moved between positive/ and negative/)."""
    for d in (FUNC_DIR, ERR_DIR):
        stems = set(f[:-3] for f in case_files(d))
        for f in sorted(os.listdir(d)):
            for suf in GENERATED_SUFFIXES:
                if f.endswith(suf) and f[:-len(suf)] not in stems:
                    os.remove(os.path.join(d, f))


def check_names(failures):
    seen = {}
    for d in (FUNC_DIR, ERR_DIR):
        for fname in case_files(d):
            stem = fname[:-3]
            if category(stem) not in CATEGORIES:
                failures.append((os.path.join(d, fname), "unknown category prefix %r" % category(stem)))
            if stem in seen:
                failures.append((os.path.join(d, fname), "case stem also used in " + seen[stem]))
            seen[stem] = d


def run_error_case(fname):
    stem = fname[:-3]
    path = os.path.join(ERR_DIR, fname)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    remove_generated(ERR_DIR, stem)
    mod = load_module(path, stem)
    fn_py = getattr(mod, entry_name(src, path))
    try:
        torch.jit.script(fn_py)
    except Exception as e:  # noqa: BLE001
        msg = rel(str(e))
        line = None
        for fpath, ln in LINE_RE.findall(msg):
            if fpath == path:
                line = int(ln)
                break
        if line is None:
            # No location at all (e.g. type-comment errors raised in torch.jit.annotations):
            # use the line of the entry function's `def`.
            m = re.search(r"^(?:async\s+)?def\s+%s\s*\(" % re.escape(fn_py.__name__), src, re.M)
            if m:
                line = src.count("\n", 0, m.start()) + 1
        if line is None:
            raise SystemExit("%s: could not find the error line in:\n%s" % (path, msg))
        write_text(os.path.join(ERR_DIR, stem + ".error.txt"),
                   "%d\n%s\n%s" % (line, exc_class_name(e), msg))
        return "compile_error"
    return "COMPILED"  # not an error case: reported as a failure


def main(argv):
    os.chdir(ROOT)
    only = set(a[:-3] if a.endswith(".py") else a for a in argv[1:])
    ops = set()
    counts = {}
    failures = []
    per_cat = {}
    check_names(failures)
    if not only:
        remove_orphans()
    for fname in case_files(FUNC_DIR):
        if only and fname[:-3] not in only:
            continue
        try:
            r = run_function_case(fname, ops)
        except SystemExit:
            raise
        except Exception:  # noqa: BLE001
            failures.append((os.path.join(FUNC_DIR, fname), traceback.format_exc()))
            continue
        expect_rt = "__rt_" in fname
        if expect_rt != (r == "runtime_error"):
            failures.append((os.path.join(FUNC_DIR, fname),
                             "run-time error expected" if expect_rt else "unexpected run-time error: " +
                             open(os.path.join(FUNC_DIR, fname[:-3] + ".runtime_error.txt")).read()))
        counts[r] = counts.get(r, 0) + 1
        c = per_cat.setdefault(category(fname[:-3]), [0, 0, 0])
        c[1 if r == "runtime_error" else 0] += 1
    for fname in case_files(ERR_DIR):
        if only and fname[:-3] not in only:
            continue
        try:
            r = run_error_case(fname)
        except SystemExit:
            raise
        except BaseException:  # noqa: BLE001  (e.g. the file is not even valid Python)
            failures.append((os.path.join(ERR_DIR, fname), traceback.format_exc()))
            continue
        if r == "COMPILED":
            failures.append((os.path.join(ERR_DIR, fname), "compiled without error"))
            continue
        counts[r] = counts.get(r, 0) + 1
        per_cat.setdefault(category(fname[:-3]), [0, 0, 0])[2] += 1
    if not only:
        write_text(os.path.join(GOLDEN_REL, "ops-used.txt"), "".join(s + "\n" for s in sorted(ops)))
    print("%-18s %8s %8s %8s" % ("category", "positive", "runtime", "negative"))
    for cat in CATEGORIES:
        if cat in per_cat:
            print("%-18s %8d %8d %8d" % ((cat,) + tuple(per_cat[cat])))
    print("results:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    for p, why in failures:
        print("FAILED:", p, "\n", why)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
