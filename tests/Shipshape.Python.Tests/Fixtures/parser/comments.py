# c
x = 1  # d
if x:  # e
    # f
    pass
# g
