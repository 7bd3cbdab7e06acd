"""Goldens for scripted modules: run with Debian's PyTorch 1.13 (/usr/bin/python3) from the repo root.

For each <case>.py (header comments `# construct: Ctor(args)` and `# inputs: [...]`): seed 0, build the
module, torch.jit.script it, and write <case>.code (module.code), <case>.sd.pt (its state_dict),
<case>.inputs.pt and <case>.output.pt (forward on the inputs, any TorchScript value; `# eval` runs it in
eval mode), and for each direct child the `.code` of its forward (<case>.<child>.code) or of its overload
variants (<case>.<child>.forward__0.code, ...).

    /usr/bin/python3 tests/golden/modules/generate.py            # every case
    /usr/bin/python3 tests/golden/modules/generate.py NAME ...   # only these case stems
"""
import importlib.util
import os
import re
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))


def main(only):
    for name in sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "generate.py"):
        if only and name not in only:
            continue
        path = os.path.join(HERE, name + ".py")
        source = open(path).read()
        ctor = re.search(r"^# construct: (.*)$", source, re.M).group(1)
        inputs = re.search(r"^# inputs: (.*)$", source, re.M).group(1)
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        torch.manual_seed(0)
        instance = eval(ctor, vars(module))
        if re.search(r"^# eval$", source, re.M):
            instance.eval()
        scripted = torch.jit.script(instance)
        args = eval(inputs, {"torch": torch})
        with open(os.path.join(HERE, name + ".code"), "w") as f:
            f.write(scripted.code)
        for child, sub in scripted.named_children():
            if hasattr(sub, "forward") and not child.isdigit():
                with open(os.path.join(HERE, f"{name}.{child}.code"), "w") as f:
                    f.write(sub.code)
            # an overloaded forward (nn.LSTM's) exists only as forward__0, forward__1...
            for method in sub._c._method_names():
                if re.fullmatch(r"forward__\d+", method):
                    with open(os.path.join(HERE, f"{name}.{child}.{method}.code"), "w") as f:
                        f.write(getattr(sub, method).code)
        torch.save(instance.state_dict(), os.path.join(HERE, name + ".sd.pt"))
        torch.save(args, os.path.join(HERE, name + ".inputs.pt"))
        # forward may return any TorchScript value (an int, a list, None...), not only a tensor
        output = scripted(*args)
        torch.save(output.detach() if isinstance(output, torch.Tensor) else output, os.path.join(HERE, name + ".output.pt"))
        print("ok", name)


if __name__ == "__main__":
    main(set(a[:-3] if a.endswith(".py") else a for a in sys.argv[1:]))
