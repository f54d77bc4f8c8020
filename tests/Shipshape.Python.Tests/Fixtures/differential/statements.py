"""Module docstring."""
from __future__ import annotations

import os.path as osp, sys
from .. import sibling
from .pkg.mod import (a as b,
                      c)
from . import *  # noqa

counter = 0
x: int
y: "list[int]" = []
(z): int = 1
a = b = c = 1, 2
a, *rest = [1, 2, 3]
[p, (q, r)] = 1, (2, 3)
counter += 1
counter **= 2
counter //= 3
counter @= 4
del a, b[0], c.d


def outer():
    value = 1

    def inner():
        nonlocal value
        global counter
        value += 1
        return value

    return inner


async def agen():
    yield 1
    x = yield
    y = yield from outer()
    await agen()
    return [i async for i in agen() if await i]


try:
    pass
except (ValueError, TypeError) as error:
    raise RuntimeError("x") from error
except Exception:
    raise
else:
    pass
finally:
    pass

try:
    pass
except* OSError as group:
    pass

with (open("a") as fa,
      open("b") as fb,):
    pass
with (open("c")):
    pass

for i, j in zip(range(3), range(3)):
    if i:
        continue
    elif j:
        break
    else:
        pass
else:
    assert i, "message"

lam = lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
slices = data[1:2, ::3, ...][:], data[a:b:c]
cmp = 1 < 2 <= 3 != 4 is not None in [] not in ()
cond = 1 if cmp else 2 if not cmp else 3
ops = -~+1 ** -2 * 3 / 4 // 5 % 6 @ 7 + 8 - 9 << 1 >> 2 & 3 ^ 4 | 5
logic = a and b or c and not d
sets = {1, 2, *rest}
dicts = {**{}, "k": 1, **{"m": 2}}
gen = (i for i in range(10) for j in range(i) if i if j)
call = print(*rest, sep="", **dicts)
star = [*rest, *rest]
tup = 1,
empty = ()
chained = obj.attr.method()[0](1)(2)
global_stmt = None
