### tensor_ops
import torch
def r(t):
    return [round(v, 4) for v in t.flatten().tolist()] if t.is_floating_point() else t.flatten().tolist()
a = torch.arange(6.0).reshape(2, 3)
b = torch.ones(2, 3)
print(r(a + b), r(a - 1), r(2 - a), r(a * 2.5), r(a / 2), r(1 / (a + 1)), r(a // 2), r(a % 4), r(a ** 2), r(2 ** a))
print(r(a @ b.T), r(-a), r(a > 2), r(a == 1), r(3 > a), (a > 2).dtype, (a.long() + 1).dtype, (a.long() / 2).dtype, (a.long() * 1.5).dtype)
print(tuple(a.shape), a.size(), a.size(1), a.dim(), a.numel(), a.dtype, a.device, a.T.shape, a.sum().item(), a.mean(dim=0).tolist())
print(r(a[0]), r(a[:, 1]), r(a[1, 1:]), r(a[..., -1]), a[None].shape, a[:, None, :].shape, r(a[a > 2]), r(a[[0, 1], [2, 0]]), a[0, 0].item())
c = torch.zeros(3, 4)
c[0] = 1
c[1, 2:] = torch.tensor([5.0, 6.0])
c[c == 0] = -1
c[:, 0] += 10
print(r(c))
print(r(torch.cat([a, b], dim=0)), torch.stack([a, b]).shape, r(torch.zeros(2, 2, dtype=torch.int64)), torch.ones(2, 3).view(3, 2).shape, a.view(-1).shape, a.permute(1, 0).shape)
print(r(torch.tensor([[1, 2], [3, 4]])), torch.tensor([1.5, 2]).dtype, torch.tensor([True, False]).dtype, torch.tensor(3).dim(), r(torch.linspace(0, 1, 5)))
print(r(a.max(dim=1)[0]), r(a.max(dim=1).indices) if hasattr(a.max(dim=1), 'indices') else r(a.max(dim=1)[1]), r(torch.max(a, 1)[1]), r(a.clamp(min=1, max=4)), r(torch.where(a > 2, a, b)))
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
y.backward()
print(r(x.grad), x.requires_grad, y.requires_grad)
with torch.no_grad():
    z = x * 2
print(z.requires_grad, torch.is_grad_enabled())
print(len(a), [r(row) for row in a], int(torch.tensor(3.7)), float(torch.tensor(2)), bool(torch.tensor(1)), a.float().dtype, a.int().dtype, a.to(torch.float64).dtype)
print(f'{torch.tensor(3.14159):.2f}', torch.tensor([1, 2]).tolist(), a.new_zeros(2).tolist(), torch.zeros_like(a).shape, torch.full((2,), 7).tolist())
### seeded_init
import math
import torch
from torch import nn
from torch.nn import init
def r(t):
    return [round(v, 6) for v in t.flatten().tolist()]
torch.manual_seed(0)
print(r(torch.rand(3)), r(torch.randn(2, 2)), torch.randint(0, 10, (4,)).tolist())
torch.manual_seed(1)
w = torch.empty(3, 4)
init.kaiming_uniform_(w, a=math.sqrt(5))
print(r(w))
fan_in, fan_out = init._calculate_fan_in_and_fan_out(torch.empty(8, 4, 3, 3))
print(fan_in, fan_out, init.calculate_gain('relu'), init.calculate_gain('leaky_relu', 0.2), init.calculate_gain('tanh'))
torch.manual_seed(2)
for fn in [lambda t: init.xavier_uniform_(t), lambda t: init.xavier_normal_(t, gain=2.0), lambda t: init.kaiming_normal_(t, mode='fan_out', nonlinearity='relu'),
           lambda t: init.normal_(t, 0.5, 0.1), lambda t: init.uniform_(t, -2, 2), lambda t: init.trunc_normal_(t, std=0.02), lambda t: init.constant_(t, 0.3),
           lambda t: init.ones_(t), lambda t: init.zeros_(t), lambda t: init.eye_(t), lambda t: init.orthogonal_(t)]:
    t = torch.empty(3, 5)
    fn(t)
    print(r(t))
d = torch.empty(2, 2, 3)
init.dirac_(d)
print(r(d))
p = nn.Parameter(torch.empty(2, 2))
init.uniform_(p)
print(p.requires_grad, p.is_leaf)
### legacy_model_imports
# what pre-0.4 model files still use: torch.autograd.Variable and nn.init's un-suffixed names
import torch
from torch.autograd import Variable
from torch.nn import init
x = torch.arange(3.0)
v = Variable(x)
g = torch.autograd.Variable(x, requires_grad=True)
print(type(v).__name__, v.tolist(), v.requires_grad, g.requires_grad, g.is_leaf)
x[0] = 5.0
print(v.tolist())
torch.manual_seed(0)
w = torch.empty(3, 3)
init.orthogonal(w, init.calculate_gain('relu'))
u = torch.empty(3, 3)
torch.manual_seed(0)
init.orthogonal_(u, init.calculate_gain('relu'))
print(torch.equal(w, u), [round(t, 5) for t in w.flatten().tolist()])
init.constant(w, 2.0)
init.normal(u, std=0.0)
print(w.sum().item(), u.abs().sum().item())
try:
    Variable([1, 2])
except TypeError as e:
    print('TypeError')
### hub_import
# model files import torch.hub's download helper; importing works, a download is an error
from torch.hub import load_state_dict_from_url
import torch.hub
print(callable(load_state_dict_from_url), torch.hub.load_state_dict_from_url is load_state_dict_from_url)
### checkpoint_import
# torch.utils.checkpoint runs the function (values and gradients as PyTorch's, without its memory saving)
import torch
import torch.utils.checkpoint as cp
x = torch.tensor([1.0, 2.0], requires_grad=True)
def f(a, b):
    return a * b + 1
y = cp.checkpoint(f, x, x)
y.sum().backward()
print(y.tolist(), x.grad.tolist(), torch.utils.checkpoint is cp)
seq = torch.nn.Sequential(torch.nn.ReLU(), torch.nn.Identity())
print(cp.checkpoint_sequential(seq, 1, torch.tensor([-1.0, 3.0])).tolist())
