x = a if b else c
y = lambda a, /, b=1, *c, d, e=2, **f: a
z = [i for i in range(3) if i for j in k]
w = {k: v for k, v in x}
v = {*a, *b}
u = (yield)
t = not a or b and c
s = a < b <= c != d is not e not in f in g is h
r = -a ** -b
q = await x
p = x[1:2:3, ::, 1:]
o = x[*a]
n = f(*a, b, c=1, **d, e=2)
m = (x := 1)
l = [y := 2, 3]
k = a @ b // c % d << e >> f & g ^ h | i
