print(a, c=1, *d, e)
