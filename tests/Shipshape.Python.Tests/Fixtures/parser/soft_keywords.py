match = 1
case = 2
type = 3
_ = 4
match(x)
match[1]
match.x = 1
print(match, case, type)
type(x)
