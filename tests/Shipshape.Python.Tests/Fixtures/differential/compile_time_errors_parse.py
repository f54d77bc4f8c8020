# ast.parse accepts these; only the compiler (symbol table) rejects them.
return 1
yield 2
await something
break
continue
nonlocal outside
def dup(a, a):
    pass
x = [await y for y in z]
