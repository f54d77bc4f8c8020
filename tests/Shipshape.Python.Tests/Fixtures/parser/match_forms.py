match x:
    case [1, 2, *rest]:
        pass
    case {'a': 1, **kw}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case -1 | 1+2j | -3-4j | 'a' 'b' | None | True:
        pass
    case (a, b) if a > b:
        pass
    case a.b.c as d:
        pass
    case [*_]:
        pass
    case ():
        pass
    case (x,):
        pass
    case _:
        pass
match a, b:
    case 1, *x:
        pass
match *a, b:
    case _: pass
match -x:
    case _: pass
