"""Generates semantics_expected.txt: the output CPython prints for each case of semantics_cases.py.

Run with any CPython 3.11 (the tests compare the eager evaluator's output with it):
    /usr/bin/python3 tests/TorchScriptSharp.Tests/Eager/gen_expected.py
"""
import contextlib, io, os, re

here = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(here, 'semantics_cases.py')).read()
cases = re.split(r'^### (\w+)\n', text, flags=re.M)[1:]
out = []
for name, body in zip(cases[0::2], cases[1::2]):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(body, name, 'exec'), {'__name__': '__main__'})
    out.append('### ' + name + '\n' + buf.getvalue())
open(os.path.join(here, 'semantics_expected.txt'), 'w').write(''.join(out))

# Module-machinery cases need real PyTorch: run this file with /usr/bin/python3 (PyTorch 1.13).
text = open(os.path.join(here, 'modules_cases.py')).read()
cases = re.split(r'^### (\w+)\n', text, flags=re.M)[1:]
out = []
for name, body in zip(cases[0::2], cases[1::2]):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(body, name, 'exec'), {'__name__': '__main__'})
    out.append('### ' + name + '\n' + buf.getvalue())
open(os.path.join(here, 'modules_expected.txt'), 'w').write(''.join(out))

text = open(os.path.join(here, 'torch_cases.py')).read()
cases = re.split(r'^### (\w+)\n', text, flags=re.M)[1:]
out = []
for name, body in zip(cases[0::2], cases[1::2]):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(body, name, 'exec'), {'__name__': '__main__'})
    out.append('### ' + name + '\n' + buf.getvalue())
open(os.path.join(here, 'torch_expected.txt'), 'w').write(''.join(out))
