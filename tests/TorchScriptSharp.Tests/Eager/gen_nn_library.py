"""Writes nn_library.pt for NnLibraryTests: for each case of nn_library_cases.py, PyTorch 1.13's module
built after torch.manual_seed(0) - its state_dict, the forward inputs, the (flattened) outputs and, in
train mode, the state_dict after forward (BatchNorm's running statistics).

    /usr/bin/python3 tests/TorchScriptSharp.Tests/Eager/gen_nn_library.py
"""
import os
import torch

here = os.path.dirname(os.path.abspath(__file__))
ns = {'__name__': 'nn_library_cases'}
exec(open(os.path.join(here, 'nn_library_cases.py')).read(), ns)


def R(*shape):
    return torch.randn(*shape)


def flatten(o):
    if isinstance(o, torch.Tensor):
        return [o]
    if isinstance(o, (tuple, list)):
        return [t for x in o for t in flatten(x)]
    return []


fixture = {}
for key, ctor, mode, inputs in ns['CASES']:
    torch.manual_seed(0)
    m = eval(ctor, ns)
    m.train(mode == 'train')
    state = {k: v.clone() for k, v in m.state_dict().items()}
    torch.manual_seed(1)
    xs = eval('(' + inputs + ',)', {'R': R, 'torch': torch})
    torch.manual_seed(2)
    with torch.no_grad():
        out = flatten(m(*xs))
    fixture[key] = {'state_dict': state, 'inputs': list(xs), 'outputs': out, 'class': type(m).__module__ + '.' + type(m).__qualname__}
    if mode == 'train':
        fixture[key]['state_after'] = m.state_dict()
torch.save(fixture, os.path.join(here, 'nn_library.pt'))
print(len(fixture), 'cases,', os.path.getsize(os.path.join(here, 'nn_library.pt')), 'bytes')
