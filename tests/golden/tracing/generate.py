"""Goldens for torch.jit.trace: run with Debian's PyTorch 1.13 (/usr/bin/python3) from the repo root.

Each <case>.py carries header comments:
  # trace: NAME            trace the function NAME, or
  # construct: Ctor(args)  build a module (seed 0) and trace it, or, with `# script`, script it
  # inputs: (...)          the example inputs (a tuple expression; seed 0 before building them)
  # check: (...)           other inputs to run the result on (optional; shows what the trace froze)
  # methods: a, b          trace these methods with torch.jit.trace_module (each on the example inputs)
  # strict: False          torch.jit.trace's strict
  # random                 the outputs are random: no .output.pt / .check_output.pt
and gets <case>.code and <case>.graph (the traced function's / module's .code and .graph; for modules also <case>.<child>.code of
traced children, <case>@<method>.code of other traced methods), <case>.sd.pt (modules), <case>.inputs.pt /
.output.pt, <case>.check_inputs.pt / .check_output.pt, and <case>.warnings.txt (the first line of each
TracerWarning, in order).
"""
import importlib.util
import os
import re
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))


def header(source, key):
    m = re.search(rf"^# {key}: (.*)$", source, re.M)
    return m.group(1) if m else None


def detach(v):
    if isinstance(v, torch.Tensor):
        return v.detach()
    if isinstance(v, (list, tuple)):
        return type(v)(detach(x) for x in v)
    return v


def main():
    names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "generate.py")
    for name in names if len(sys.argv) < 2 else sys.argv[1:]:
        path = os.path.join(HERE, name + ".py")
        source = open(path).read()
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        torch.manual_seed(0)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            spec.loader.exec_module(module)
            torch.manual_seed(0)
            inputs = eval(header(source, "inputs"), vars(module))
            strict = header(source, "strict") != "False"
            if header(source, "trace"):
                target = getattr(module, header(source, "trace"))
                result = torch.jit.trace(target, inputs, strict=strict)
            else:
                torch.manual_seed(0)
                instance = eval(header(source, "construct"), vars(module))
                torch.save(instance.state_dict(), os.path.join(HERE, name + ".sd.pt"))
                if re.search(r"^# script$", source, re.M):
                    result = torch.jit.script(instance)
                elif header(source, "methods"):
                    methods = [m.strip() for m in header(source, "methods").split(",")]
                    result = torch.jit.trace_module(instance, {m: inputs for m in methods}, strict=strict)
                    for m in methods[1:]:
                        with open(os.path.join(HERE, f"{name}@{m}.code"), "w") as f:
                            f.write(getattr(result, m).code)
                else:
                    result = torch.jit.trace(instance, inputs, strict=strict)
                for child, sub in result.named_children():
                    if isinstance(sub, torch.jit.TracedModule):
                        with open(os.path.join(HERE, f"{name}.{child}.code"), "w") as f:
                            f.write(sub.code)
        messages = [str(w.message).split("\n")[0] for w in caught if issubclass(w.category, torch.jit.TracerWarning)]
        with open(os.path.join(HERE, name + ".warnings.txt"), "w") as f:
            f.write("".join(m + "\n" for m in messages))
        with open(os.path.join(HERE, name + ".code"), "w") as f:
            f.write(result.code)
        with open(os.path.join(HERE, name + ".graph"), "w") as f:
            f.write(str(result.graph))
        torch.save(inputs, os.path.join(HERE, name + ".inputs.pt"))
        if re.search(r"^# random$", source, re.M):
            print("ok", name, f"({len(messages)} warnings)")
            continue
        torch.save(detach(result(*inputs)), os.path.join(HERE, name + ".output.pt"))
        if header(source, "check"):
            check = eval(header(source, "check"), vars(module))
            torch.save(check, os.path.join(HERE, name + ".check_inputs.pt"))
            torch.save(detach(result(*check)), os.path.join(HERE, name + ".check_output.pt"))
        print("ok", name, f"({len(messages)} warnings)")


if __name__ == "__main__":
    main()
