a = 1; b = 2;
if a: pass
else: pass
with a as (b, c), d as [e]:
    pass
for x, in [(1,)]:
    pass
[*p, q] = r = 1, 2
a.b: int
a[0]: int = 1
def gen():
    x: int = yield
    return *p, q
for item in *p, *q:
    pass
sub = a[*b], a[()], a[::], a[:, None], a[..., 1:2:3]
call = f(*a, *b, c=1, **d, e=2)
call2 = f(a for a in b)
call3 = f(x=1)(y=2)[3].attr
prefixes = [Rb"x", bR"y", F"{a}", fR"{b}\n", Rf"{c}", rb'\x', u'kind']
numbers = [0_0, 0e0, 0j, 1.e5, 1_0.0_1e+1_0j, 0o7_7, 0b_1, 0xA_b, 1if a else 2]
class A(metaclass=M): pass
class B(): pass
class C(A, B, **kw): x = 1
@x.y.z
@x[0]
def decorated(): ...
try:
    pass
except:
    raise
lam = lambda: (yield)
lam2 = lambda *, k=1: k
lam3 = lambda *a, **k: 0
lam4 = lambda a, /: a
def annotations(a: int = 1, *args: str, b: "x" = None, **kw: dict) -> "ret": pass
def positional(a, b=1, /, c=2, *, d, e=3): pass
assert a, (b)
del (a), [b], c.d, e[0]
import a.b.c, d
from . import (a, b,)
from .... import deep
global g1, g2
x = not a == b
y = a if b else lambda: c
z = (yield)
w = a < b > c == d >= e <= f != g
v = ~a ** -b
u = a @ b @ c
t = [i for i in range(3) if i for j in range(i)]
s = {i: j for i, j in x.items()}
r = {*a, *b}
q = (a := 1, b := 2)
p = f"{a!r:{b}}" f"{'{'}"
o = "a" "b" f"c{d}e" "f"
n = ...
m = None, True, False
l = -1 + +2 - ~3
k = a.b.c.d
j = a if b else c if d else e
i = x[1:2, 3]
