import enum


class Color(enum.Enum):
    RED = 1


def handle(command, point):
    match command.split():
        case [action]:
            return action
        case ["go", direction] | ["move", direction]:
            return direction
        case ["drop", *objects, last]:
            return objects, last
        case []:
            return None
    match point:
        case (0, 0):
            pass
        case {"x": 0, "y": y, **rest}:
            return y, rest
        case Color.RED | None | True | False:
            pass
        case -1 | 1.5 | 2 + 3j | -4 - 5j | "s" "t" | b"u":
            pass
        case Point(x=0, y=yy) as p if yy > 0:
            return p
        case Point(1, 2, z=[_, *_]):
            pass
        case str() | bytes():
            pass
        case {1: _, "k": [a, (b, c)]}:
            pass
        case _:
            pass
    match = 1
    case = match
    match (case, match):
        case (x, y) if x == y:
            return x
