import a.b as c, d
from .. import (x as y, z,)
from . a import *
global g
nonlocal n
del a, b[1], c.d, (e, f), [g]
assert x, 'msg'
raise
raise E from F
x: int = 1
(y): int
z.a: str
w[0]: int = 2
a = b = c = 1
a, *b = c
[a, b] = c
a += 1; b -= 2;
with (a as b, c as d,): pass
with (a, b): pass
with a as (b, c), d: pass
async def f():
    async for x in y: pass
    async with a as b: pass
    await z
    return [x async for x in y]
class C(B, metaclass=M, **kw):
    '''doc'''
    @property
    @a.b(c)
    @x[0] or y
    def f(self, *args: int, **kwargs) -> None: ...
for x, in y: pass
else: pass
while x: break
else: continue
try:
  pass
except (A, B) as e:
  pass
except C:
  pass
else:
  pass
finally:
  pass
if a: pass
elif b: pass
elif c: pass
else: pass
