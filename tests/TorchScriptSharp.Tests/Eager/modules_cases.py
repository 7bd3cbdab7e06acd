### registration
import torch
from torch import nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(2, 3))
        self.register_buffer('running', torch.ones(3))
        self.register_buffer('scratch', torch.ones(1), persistent=False)
        self.child = nn.Module()
        self.child.p = nn.Parameter(torch.ones(1))
        self.scale = 2.0
        self.b = nn.Parameter(torch.zeros(2))
m = Net()
print([k for k, _ in m.named_parameters()])
print([k for k, _ in m.named_buffers()])
print(list(m.state_dict().keys()))
print([k for k, _ in m.named_modules()], [k for k, _ in m.named_children()])
print(m.scale, m.training, type(m.w).__name__, isinstance(m.w, torch.Tensor), isinstance(m.child, nn.Module))
m.w = None
print([k for k, _ in m.named_parameters()], 'w' in m.state_dict())
m.child = None
print([k for k, _ in m.named_modules()], list(m.state_dict().keys()))
del m.b
print([k for k, _ in m.named_parameters()], hasattr(m, 'b'))
m.scale = nn.Parameter(torch.ones(1))
print([k for k, _ in m.named_parameters()], 'scale' in m.__dict__)
m.running = torch.zeros(3)
print(m.running.tolist(), [k for k, _ in m.named_buffers()])
### setattr_errors
import torch
from torch import nn
class Early(nn.Module):
    def __init__(self):
        self.p = nn.Parameter(torch.zeros(1))
        super().__init__()
class Late(nn.Module):
    def __init__(self):
        self.sub = nn.Module()
        super().__init__()
class Plain(nn.Module):
    def __init__(self):
        self.x = 3
        super().__init__()
print(Plain().x)
for cls in [Early, Late]:
    try:
        cls()
    except AttributeError as e:
        print('AttributeError', e)
m = nn.Module()
m.p = nn.Parameter(torch.zeros(1))
m.register_buffer('buf', torch.zeros(1))
m.sub = nn.Module()
for action in [lambda: setattr(m, 'p', torch.zeros(1)), lambda: setattr(m, 'sub', 3), lambda: setattr(m, 'buf', 3),
               lambda: m.register_buffer('p', torch.zeros(1)), lambda: m.register_parameter('a.b', None),
               lambda: m.register_parameter('q', torch.zeros(1)), lambda: m.add_module('x', 3), lambda: m.add_module('', nn.Module()),
               lambda: m.register_buffer('r', 5), lambda: m.missing]:
    try:
        action()
        print('no error')
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
### dedup_and_shared
import torch
from torch import nn
class Shared(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Module()
        self.a.w = nn.Parameter(torch.ones(2))
        self.b = self.a
        self.c = nn.Module()
        self.c.w = self.a.w
m = Shared()
print([k for k, _ in m.named_modules()])
print([k for k, _ in m.named_parameters()])
print(list(m.state_dict().keys()))
print(len(list(m.parameters())), len(list(m.children())), [k for k, _ in m.named_modules(remove_duplicate=False)])
print([k for k, _ in m.named_parameters(prefix='top')], [k for k, _ in m.named_parameters(recurse=False)])
### train_eval_apply
import torch
from torch import nn
class Leaf(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2))
class Tree(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = Leaf()
        self.seq = nn.Sequential(Leaf(), Leaf())
t = Tree()
r = t.eval()
print(r is t, [m.training for m in t.modules()])
t.train()
print([m.training for m in t.modules()])
t.seq.eval()
print([(n, m.training) for n, m in t.named_modules()])
names = []
t.apply(lambda m: names.append(type(m).__name__))
print(names)
t.requires_grad_(False)
print([p.requires_grad for p in t.parameters()])
try:
    t.train('yes')
except ValueError as e:
    print(e)
### containers
import torch
from torch import nn
from collections import OrderedDict
class L(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.k = k
    def forward(self, x):
        return x * self.k
seq = nn.Sequential(L(2), L(3), L(5))
print(seq(1), len(seq), seq[1].k, seq[-1].k, [m.k for m in seq], [m.k for m in seq[1:]], type(seq[1:]).__name__)
seq.append(L(7))
print(seq(1), list(seq._modules.keys()))
del seq[0]
print(list(seq._modules.keys()), seq(1))
named = nn.Sequential(OrderedDict([('first', L(2)), ('second', L(10))]))
print(list(named._modules.keys()), named.first.k, named(1))
ml = nn.ModuleList([L(1), L(2)])
ml.append(L(3))
ml.extend([L(4)])
ml.insert(1, L(9))
print([m.k for m in ml], len(ml), ml[-1].k, list(ml._modules.keys()))
del ml[1]
print([m.k for m in ml], list(ml._modules.keys()))
ml += [L(5)]
print([m.k for m in ml], [m.k for m in ml[::2]])
try:
    ml[10]
except IndexError as e:
    print('IndexError', e)
md = nn.ModuleDict({'b': L(1), 'a': L(2)})
md['c'] = L(3)
print(list(md.keys()), 'a' in md, len(md), md['c'].k, [k for k in md], [v.k for v in md.values()])
md.update([('d', L(4))])
print(list(md.keys()), md.pop('b').k, list(md.keys()))
pl = nn.ParameterList([nn.Parameter(torch.ones(1)), nn.Parameter(torch.zeros(2))])
pl.append(nn.Parameter(torch.ones(3)))
print(len(pl), [p.shape[0] for p in pl], [k for k, _ in pl.named_parameters()], type(pl[0]).__name__)
pd = nn.ParameterDict({'z': nn.Parameter(torch.ones(1)), 'a': nn.Parameter(torch.ones(2))})
pd['m'] = torch.zeros(3)
print(list(pd.keys()), [k for k, _ in pd.named_parameters()], type(pd['m']).__name__, 'z' in pd, len(pd))
class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Sequential(L(1), L(2)) for _ in range(2)])
        self.heads = nn.ModuleDict({'x': L(3)})
        self.params = nn.ParameterList([nn.Parameter(torch.ones(1)) for _ in range(2)])
h = Holder()
print([k for k, _ in h.named_modules()])
print(list(h.state_dict().keys()))
### load_state_dict
import torch
from torch import nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(2, 2))
        self.register_buffer('b', torch.zeros(2))
        self.register_buffer('tmp', torch.zeros(1), persistent=False)
        self.sub = nn.Module()
        self.sub.v = nn.Parameter(torch.zeros(3))
m = Net()
sd = {'w': torch.ones(2, 2), 'b': torch.full((2,), 2.0), 'sub.v': torch.arange(3.0)}
print(m.load_state_dict(sd))
print(m.w.tolist(), m.b.tolist(), m.sub.v.tolist(), m.w.requires_grad)
for bad in [{'w': torch.ones(2, 2), 'b': torch.ones(2)},
            {'w': torch.ones(2, 2), 'b': torch.ones(2), 'sub.v': torch.ones(3), 'extra': torch.ones(1), 'sub.zz': torch.ones(1)},
            {'w': torch.ones(3), 'b': torch.ones(2), 'sub.v': torch.ones(3)}]:
    try:
        m.load_state_dict(bad)
    except RuntimeError as e:
        print(e)
r = m.load_state_dict({'w': torch.ones(2, 2), 'x': torch.ones(1)}, strict=False)
print(sorted(r.missing_keys), r.unexpected_keys)
sd2 = m.state_dict()
print(list(sd2.keys()), sd2['w'].requires_grad, type(sd2).__name__)
### module_repr_call
import torch
from torch import nn
class Lin(nn.Module):
    def __init__(self, i, o):
        super().__init__()
        self.i, self.o = i, o
    def extra_repr(self):
        return f'in={self.i}, out={self.o}'
    def forward(self, x, scale=1):
        return x * scale + self.o
class Wrap(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Lin(1, 2)
        self.b = nn.Sequential(Lin(2, 3), Lin(3, 4))
print(Lin(1, 2))
print(Wrap())
print(Lin(1, 2)(3, scale=2), Wrap().a(1))
try:
    nn.Module()(1)
except NotImplementedError as e:
    print('NotImplementedError', e)
### load_state_dict_override
# load_state_dict goes through each module's _load_from_state_dict: an override can rename or drop
# checkpoint keys (old layouts), reading its version from the state dict's _metadata
import torch
from torch import nn
class Renamed(nn.Module):
    _version = 2
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.zeros(2))
    def _load_from_state_dict(self, state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs):
        print('load', repr(prefix), local_metadata.get('version', None), sorted(k for k in state_dict if k.startswith(prefix)))
        old = prefix + 'w'
        if old in state_dict:
            state_dict[prefix + 'weight'] = state_dict.pop(old)
        if prefix + 'junk' in state_dict:
            del state_dict[prefix + 'junk']
        super()._load_from_state_dict(state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs)
class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Renamed()
        self.bias = nn.Parameter(torch.zeros(1))
m = Outer()
given = {'bias': torch.ones(1), 'inner.w': torch.tensor([1.0, 2.0]), 'inner.junk': torch.ones(3)}
r = m.load_state_dict(given)
print(r.missing_keys, r.unexpected_keys, m.inner.weight.tolist(), sorted(given))
sd = m.state_dict()
print(sd._metadata['inner']['version'], list(sd))
sd['inner.weight'] = torch.tensor([5.0, 6.0])
m.load_state_dict(sd)
print(m.inner.weight.tolist())
try:
    m.load_state_dict({'bias': torch.ones(1), 'inner.weight': torch.ones(3)})
except RuntimeError as e:
    print(e)
