### arithmetic
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 10, 2 ** -1, 7 / 2, 1e16, 1.5e-5, 0.1 + 0.2, 1/3)
print(divmod(-7, 2), abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5), pow(3, 4, 5))
print(True + True, 3 * 'ab', [1] * 3, (1, 2) + (3,), -(-3), ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 4, -16 >> 2)
print(int('42'), int(' -7 '), int(3.9), int(-3.9), float('1.5'), float('inf'), int('ff', 16), str(1.0), str(100.0), repr(1e-7))
### comparisons
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, 'a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2), None is None, 1 != 2)
print(2 in [1, 2], 'x' not in 'abc', 3 in range(0, 10, 3), 4 in range(0, 10, 3), {1: 2} == {1: 2}, [1, [2]] == [1, [2]])
print(max(3, 1, 2), min([4, 2, 8]), max([], default=0), min('bca'), max([1, 5, 3], key=lambda x: -x), sorted([3, 1, 2], reverse=True))
### strings
s = 'Hello, World'
print(s.lower(), s.upper(), s.split(', '), s.replace('l', 'L'), s[::-1], s[1:5], s[-1], s.startswith('He'), s.find('W'))
print('-'.join(['a', 'b', 'c']), '  x '.strip(), 'a,b,,c'.split(','), 'a b  c'.split(), 'abc'.center(7, '*'), 'x'.zfill(3))
print(repr('it\'s'), repr("q\"q"), repr('a\nb'), str(None), len('héllo'), 'ab' * 2, 'abc'.index('c'), 'a-b-c'.rsplit('-', 1))
print('%d items, %s, %.2f, %5.1f|%-4d|%x' % (3, 'ok', 3.14159, 2.25, 7, 255), '%r' % 'a', '%s' % [1, 2])
print('{} {}'.format(1, 2), '{0}{1}{0}'.format('a', 'b'), '{x:>5}|{y:<4}|'.format(x=1, y='z'), '{:.3f}'.format(2.0 / 3))
### fstrings
x = 3.14159
n = 42
name = 'pi'
print(f'{name}={x:.2f} {n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#x}|{n:08.3f}|{x:e}|{x:g}|{1e-7:g}|{123456789.0:g}')
print(f'{n!r} {name!r} {name!s} {x:10.4f}| {-n:+d} {n:+d} {n:,} {1234567.891:,.2f} {0.25:%} {0.5:.1%}')
print(f'{"nested"} {[1, 2][0]} {n * 2} {{literal}} {x:.{2}f} {True} {None} {1.0} {12.0:.3} {0.1:.1}')
print(f'{3:b} {255:o} {65:c} {n=} {x=:.1f}')
### lists_dicts_sets
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.remove(3); a.sort(); print(a, a.pop(), a.pop(0), a, a.index(4), a.count(2))
b = a[:]; b.reverse(); print(b, a[1:3], a[::2], a[-2:], len(a))
a[1:3] = [9, 9, 9]; print(a); del a[0]; print(a); del a[::2]; print(a)
d = {'a': 1, 'b': 2}
d['c'] = 3; print(d, list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.get('z', 0), 'a' in d)
print(d.pop('a'), d, d.setdefault('e', 5), d); del d['b']; print(d); d.update({'x': 1}, y=2); print(d)
s = {1, 2, 3}; s.add(4); s.discard(1); print(sorted(s), 2 in s, len(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}))
print(dict(a=1, b=2), dict([('x', 1)]), list(range(5)), list(range(10, 0, -3)), tuple([1, 2]), set([1, 1, 2]) == {1, 2})
print(list(zip([1, 2, 3], 'ab')), list(enumerate('ab', 1)), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])))
print(sum([1, 2, 3]), sum([0.5, 0.25]), any([0, 1]), all([]), list(reversed([1, 2, 3])), sorted(['b', 'A', 'c']), sorted([(2, 'a'), (1, 'b')]))
### comprehensions
print([i * i for i in range(5) if i % 2 == 0], {k: v for k, v in zip('ab', (1, 2))}, sorted({c for c in 'hello'}))
print([(i, j) for i in range(3) for j in range(i)], sum(i for i in range(4)), list(x for x in [1, 2] if x > 1), [[j for j in range(i)] for i in range(3)])
i = 'outer'
_ = [i for i in range(3)]
print(i)
### unpacking
a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3, 4]
*init, last = (1, 2, 3)
(p, q), r = (1, 2), 3
print(a, b, first, rest, init, last, p, q, r)
for k, (v1, v2) in [('x', (1, 2))]:
    print(k, v1, v2)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
### control_flow
for i in range(3):
    if i == 1:
        continue
    print('for', i)
else:
    print('for-else')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)
x = 5
print('big' if x > 3 else 'small', x > 3 and 'yes', x < 3 or 'no', not x, 0 or [] or 'last')
### functions
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{'c': 5, 'z': 1}))
def g(x, /, y):
    return x + y
print(g(1, y=2))
def defaults(x=[]):
    x.append(1)
    return len(x)
print(defaults(), defaults())
for call in [lambda: f(), lambda: f(1, 2, c=3, a=1), lambda: f(1, c=1, q=2) and g(1, 2, 3), lambda: g(x=1, y=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
### closures
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
c(); c(5)
print(c())
G = 1
def set_global():
    global G
    G = 2
set_global()
print(G)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([adder(10) for adder in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]
print(late())
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__)
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
### classes
class Base:
    kind = 'base'
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f'{type(self).__name__}({self.x}, {self.kind})'
    @staticmethod
    def s(v):
        return v * 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @property
    def double(self):
        return self.x * 2
    @double.setter
    def double(self, v):
        self.x = v // 2
class Child(Base):
    kind = 'child'
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return 'Child:' + super().describe()
c = Child(1, 2)
print(c.describe(), Base.s(3), c.s(4), Child.make.__name__, Base.make(5).describe(), c.double)
c.double = 10
print(c.x, isinstance(c, Base), issubclass(Child, Base), isinstance(c, (int, Child)), type(c) is Child, Child.__mro__[1].__name__)
print(hasattr(c, 'y'), hasattr(c, 'z'), getattr(c, 'z', 'dflt'), callable(c.describe), callable(c))
setattr(c, 'z', 9); print(c.z); delattr(c, 'z'); print(hasattr(c, 'z'))
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super(D, self).who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(*[a * k for a in self.xs])
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, v): return v in self.xs
    def __repr__(self): return f'Vec{tuple(self.xs)}'
    def __call__(self, k): return self.xs[k]
    def __bool__(self): return bool(self.xs)
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, len(v), v[0], list(v), 3 in v, v == Vec(4, 6), v != Vec(0), v(1), sum([Vec(1), Vec(2)]), bool(Vec()))
a, b = Vec(7, 8)
print(a, b, str(v), [*v], max(v))
### exceptions
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
def risky(n):
    if n == 0:
        raise MyError('zero', 42)
    if n == 1:
        raise KeyError('k')
    return n
for n in range(3):
    try:
        r = risky(n)
    except MyError as e:
        print('MyError', e, e.code, e.args, isinstance(e, ValueError))
    except (KeyError, IndexError) as e:
        print('lookup', repr(e), str(e))
    else:
        print('ok', r)
    finally:
        print('finally', n)
def nested():
    try:
        try:
            raise RuntimeError('inner')
        except RuntimeError:
            raise
    except Exception as e:
        return 'caught ' + str(e)
print(nested())
def fin():
    try:
        return 'try'
    finally:
        print('cleanup')
print(fin())
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('AssertionError', e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print(type(e).__name__, repr(e))
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}['missing']
except KeyError as e:
    print(repr(e), e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    int('x1')
except ValueError as e:
    print(e)
try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    print('from', e)
### with_statement
class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.swallow
with Ctx('a') as x, Ctx('b') as y:
    print('body', x, y)
with Ctx('c', swallow=True):
    raise ValueError('swallowed')
print('after')
### builtins_misc
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), type(1).__name__, type('s').__name__, type(None).__name__)
print(len({'a': 1}), len(range(3, 10, 2)), list(range(10)[2:8:3]), bool([]), bool([0]), str([1, 'a']), repr((1,)), repr(()))
print(hex(255), oct(8), bin(5), chr(65), ord('a'), divmod(7, 3), min(3, 2.5), int(True), float(3))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
print(sorted({'b': 1, 'a': 2}), sorted('bca', key=lambda ch: -ord(ch)), list(dict.fromkeys('ab')) if hasattr(dict, 'fromkeys') else ['a', 'b'])
print(1 if [] else 2, [1, 2, 3][-1], (lambda *a, **k: (a, k))(1, x=2), (1, 2, 3)[1:], 'abc'[5:], [][:3])
print(3.0, 2.5e10, 1e22, -0.0, float('nan') == float('nan'), 1e-5, 123456789012345.6, 0.000123)
### enum_namedtuple
from enum import Enum
from collections import namedtuple, OrderedDict
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color.RED.name, Color.GREEN.value, Color(2) is Color.GREEN, [c.name for c in Color])
P = namedtuple('P', ['x', 'y'])
p = P(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), list(p))
od = OrderedDict()
od['b'] = 1
od['a'] = 2
print(list(od.keys()), od)
from functools import partial, reduce
add = lambda a, b: a + b
inc = partial(add, 1)
print(inc(5), reduce(add, [1, 2, 3]), reduce(add, [], 10))
import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.log(math.e), math.isclose(0.1 + 0.2, 0.3), math.erf(0.5), math.prod([1, 2, 3]))
### re_module
# re as model files use it: remapping old checkpoint keys (torchvision's densenet), and the common calls
import re
pattern = re.compile(r'^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$')
for key in ['features.denseblock1.denselayer1.norm.1.weight', 'features.conv0.weight', 'a.denselayer12.conv.2.bias']:
    res = pattern.match(key)
    print(key, '->', res.group(1) + res.group(2) if res else None)
m = re.search(r'(?P<word>[a-z]+)(\d+)', 'xx AB abc123 def')
print(m.group(0), m.group(1), m.group('word'), m.group(1, 2), m.groups(), m.groupdict(), m.start(), m.end(), m.span(2), m[2])
print(re.match(r'b', 'abc'), re.match(r'a', 'abc') is not None, re.fullmatch(r'a.', 'abc'), re.fullmatch(r'a..', 'abc').group())
print(re.sub(r'(\w+)\.(\d)', r'\2_\1', 'layer.1 block.2'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', count=2))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'x12y3'), re.split(r'[,;]\s*', 'a, b;c'), re.split(r'(-)', 'a-b-c', maxsplit=1))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2'), re.escape('a.b*c'), re.compile('A', re.I).match('abc').group())
print(re.search(r'^b', 'a\nb', re.M).group(), re.match(r'(a)(x)?', 'ab').groups(), re.match(r'(a)(x)?', 'ab').groups('-'))
