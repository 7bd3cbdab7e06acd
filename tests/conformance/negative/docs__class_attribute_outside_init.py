# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "TorchScript Classes" (assigning to self outside of __init__ is an error:
# "Tried to set nonexistent attribute: x"); also https://pytorch.org/docs/1.13/jit_language_reference.html -> jit_language_reference_v2.html, "Custom Class".
# The class is left undecorated so that the error comes from scripting the entry.
import torch


class Foo:
  def assign_x(self):
    self.x = torch.rand(2, 3)


def f():
    foo = Foo()
    foo.assign_x()
