match x:
    case f'{x}':
        pass
*a = b
*a
x[*a]: int
f"""{x["a"]}"""
f'{x:{{}}}'
f'{x=!r:}'
f'{ x = }' f'{x=:>10}' f'{x=!s}'
f'{*x,}'
f'{yield}'
del (a), [b, c]
for *a in b: pass
f(a=1, a=2)
def f(a, /, b, *, c): pass
nonlocal x
return 1
await x
async def f():
    yield from x
a.b: int = c, d
match x:
    case a, *b, *c:
        pass
match x:
    case {1: _, 1: _}:
        pass
match x:
    case a | b:
        pass
match x:
    case x:
        pass
    case y:
        pass
x = 1.e5j
x = 1_000.0_1e1_0
x = 09.5
x = 0e0
x = 1 if 1else 2
x = [0x1for x in y]
x = 1 .__class__
x = '\777'
x = b'\777'
x = b'\N{X}\u1234'
x = '\
'
x = f'{x:{y}}' f'{{' f'}}'
x = (a for a in b if c if d for e in f)
x = ~-+a ** -b ** c
x = ...
x = a[...]
x = ... .a
x = f(a)(b)[c].d
print(*a, *b, **c, **d)
print(a, *b, c=1, *d, **e)
x = (a := 1, b := 2)
x = [a := 1 for a in b]
x = {a := 1}
f(a := 1)
x = a[b := 1]
if a := 1: pass
while (a := 1): pass
x = lambda: (y := 1)
x = yield
x = -await a
x = await a ** b
if x: pass; pass
x = {1, 2,}
from .a.b import c
from ....a import b
import a.b.c
x = a if b else c if d else e
x = 'abc' \
 'def'
x = (
# comment
1)
if x:
    pass


        # comment
    pass
def f():
    '''doc'''
x = 1


    

x = 1
x = (1
, 2)
x = 'a\
b'
@a

@b
def f(): pass
@a
# c
def f(): pass
def f(): return; x = 1
x = f'{a:b c}'
x = f'{a:{b!r}}'
x = f'{a:{b=}}'
x = f'{{{a}}}'
x = f'\{a}'
x = rf'\{a}'
x = f'\N{BULLET}{a}'
x = f'{a}\N{BULLET}'
x = f'{a:\N{BULLET}}'
x = f'{a!r:{b}x{c}}'
x = f'''{
a
}'''
x = f'''{a:
}'''
x = f'{""}'
x = f'{a["b"]}'
x = f"{a['b']!r:>{c['d']}}"
