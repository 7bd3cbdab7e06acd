"""Golden gradients for training through scripted modules: run with Debian's PyTorch 1.13
(/usr/bin/python3) from the repo root. For each module case of tests/golden/modules named in CASES:
build and script it (seed 0), load the case's state dict, run forward on its inputs, take
loss = (output ** 2).sum() (the first output when it returns a tuple), backpropagate, and save each
parameter's gradient to <case>.grads.pt (a dict, named as named_parameters()).
"""
import importlib.util
import os
import re
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = os.path.join(HERE, "..", "modules")
CASES = ["docs_parameter_linear", "nested_params_constants", "lstm_batch_first_state", "non_persistent_buffer"]


def main():
    for name in CASES:
        path = os.path.join(MODULES, name + ".py")
        source = open(path).read()
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        torch.manual_seed(0)
        scripted = torch.jit.script(eval(re.search(r"^# construct: (.*)$", source, re.M).group(1), vars(module)))
        # strict=False: a scripted module also lists non-persistent buffers, which the eager state dict omits
        scripted.load_state_dict(torch.load(os.path.join(MODULES, name + ".sd.pt")), strict=False)
        inputs = torch.load(os.path.join(MODULES, name + ".inputs.pt"))
        output = scripted(*inputs)
        if isinstance(output, tuple):
            output = output[0]
        (output ** 2).sum().backward()
        torch.save({n: p.grad for n, p in scripted.named_parameters()}, os.path.join(HERE, name + ".grads.pt"))
        print("ok", name)


if __name__ == "__main__":
    main()
