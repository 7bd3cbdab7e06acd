"""Golden for the ScriptModule state API: run with Debian's PyTorch 1.13 (/usr/bin/python3) from the repo
root. For each module case of tests/golden/modules named in CASES (built and scripted as its generate.py
does), records what the
scripted module reports: named_parameters / named_buffers / named_children names, state_dict keys,
`training` before and after .eval(), and the error load_state_dict(strict=True) gives for a state dict
missing the first key and carrying an unexpected one. Writes state_api.json.
"""
import importlib.util
import json
import os
import re
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = os.path.join(HERE, "..", "modules")
CASES = ["docs_parameter_linear", "nested_params_constants", "module_list_sequential", "lstm_batch_first_state",
         "shared_submodule_types", "non_persistent_buffer"]


def main():
    out = {}
    for name in CASES:
        path = os.path.join(MODULES, name + ".py")
        source = open(path).read()
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        torch.manual_seed(0)
        scripted = torch.jit.script(eval(re.search(r"^# construct: (.*)$", source, re.M).group(1), vars(module)))
        keys = list(scripted.state_dict().keys())
        broken = {k: v for k, v in scripted.state_dict().items() if k != keys[0]}
        broken["not_a_key"] = torch.zeros(1)
        try:
            scripted.load_state_dict(broken)
            error = None
        except RuntimeError as e:
            error = str(e)
        training = scripted.training
        scripted.eval()
        out[name] = {
            "named_parameters": [n for n, _ in scripted.named_parameters()],
            "named_buffers": [n for n, _ in scripted.named_buffers()],
            "named_children": [n for n, _ in scripted.named_children()],
            "state_dict": keys,
            "training": [training, scripted.training],
            "load_error": error,
        }
    with open(os.path.join(HERE, "state_api.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
