x = 1,
for x in 1, 2,: pass
return_ = (1, 2,)
f(a,)
def g(a,): pass
lambda a,: 0
x[1,]
