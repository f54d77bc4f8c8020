match = [1, 2]
match[0] = 3
match(match)
case = match
_ = case
type = "not a keyword in 3.11"
print(match, case, _, type)
match.append(4)
match, case = 1, 2
match -x:
    case _:
        pass
match (1, 2):
    case (a, b):
        pass
match [a, b]:
    case [*_]:
        pass
