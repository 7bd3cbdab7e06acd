"""Writes end_to_end.pt for EndToEndTests: PyTorch 1.13 builds MyModule(3, 2) from
end_to_end_model.py after torch.manual_seed(0) and saves its state_dict, an input and the output.

    /usr/bin/python3 tests/TorchScriptSharp.Tests/Eager/gen_end_to_end.py
"""
import os
import torch

here = os.path.dirname(os.path.abspath(__file__))
ns = {'__name__': 'end_to_end_model'}
exec(open(os.path.join(here, 'end_to_end_model.py')).read(), ns)
torch.manual_seed(0)
model = ns['MyModule'](3, 2)
x = torch.arange(6.0).reshape(2, 3) / 4
with torch.no_grad():
    y = model(x)
torch.save({'state_dict': model.state_dict(), 'input': x, 'output': y}, os.path.join(here, 'end_to_end.pt'))
print(list(model.state_dict().keys()))
