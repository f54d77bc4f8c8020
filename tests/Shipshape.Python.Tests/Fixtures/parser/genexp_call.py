f(x for x in y)
f((x for x in y), 1)
C(x for x in y).m()
