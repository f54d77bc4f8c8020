x = [a for a in b if lambda: c]
