# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Custom Class" (a class variable is not allowed: "object has no attribute or method
# 'name'"); left undecorated so that the error comes from scripting fn
import torch


class MyClass(object):
    name = "MyClass"
    def __init__(self, x: int):
        self.x = x


def fn(a: MyClass):
    return a.name
