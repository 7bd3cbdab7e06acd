#!/usr/bin/python3
"""Lists every operator in the inlined TorchScript graphs of the torchvision models the operator
library must run, as PyTorch 1.13 prints their schemas (or their kind when a node has no schema).

Run with Debian's PyTorch: /usr/bin/python3 tools/torchvision_ops.py
Writes tests/TorchScriptSharp.Tests/Ops/torchvision_ops.txt (sorted, one per line), which a test
checks against the registry: each aten/prim op listed there must have a kernel.
"""
import os
import sys

import torch
import torchvision.models as models

MODELS = [
    "resnet18", "mobilenet_v2", "mobilenet_v3_small", "densenet121", "efficientnet_b0",
    "regnet_y_400mf", "convnext_tiny", "vit_b_16", "swin_t", "googlenet", "inception_v3",
    "shufflenet_v2_x1_0", "squeezenet1_0", "mnasnet0_5", "vgg11", "alexnet",
]


def build(name):
    kwargs = {}
    # googlenet/inception initialise weights with scipy unless told otherwise (aux heads kept: their ops count too).
    if name in ("googlenet", "inception_v3"):
        kwargs = {"init_weights": False}
    return getattr(models, name)(weights=None, **kwargs).eval()


def walk(block, found):
    for node in block.nodes():
        try:
            schema = node.schema()
        except RuntimeError:
            schema = "(no schema)"
        found.add(node.kind() if schema == "(no schema)" else schema)
        for inner in node.blocks():
            walk(inner, found)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "tests", "TorchScriptSharp.Tests", "Ops", "torchvision_ops.txt")
    found = set()
    for name in MODELS:
        scripted = torch.jit.script(build(name))
        graph = scripted.forward.graph.copy()
        torch._C._jit_pass_inline(graph)
        before = len(found)
        walk(graph, found)
        print(f"{name}: {len(found) - before} new ops", file=sys.stderr)
    with open(out, "w") as f:
        for line in sorted(found):
            f.write(line + "\n")
    print(f"{len(found)} ops -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
