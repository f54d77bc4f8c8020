total = 1 + \
    2 + \
    3
if total and \
        total > 1:
    values = [
        1,  # comment in a list
        2,
    ]
    mapping = {'a':
               1}
    call(arg,
         # comment line
         other)
assert (total ==
        6), "sum"
