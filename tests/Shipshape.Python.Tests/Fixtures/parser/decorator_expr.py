@(lambda f: f)
def f(): pass
@a.b[c](d)
class C: pass
