# Python 3.12 syntax: the installed CPython (3.11) rejects it, so it is checked for spans only.
type Point = tuple[float, float]
type Pair[T] = tuple[T, T]


def first[T: (int, str), *Ts, **P](items: list[T], *args: *Ts) -> T:
    return items[0]


@decorator
class Box[T: object]:
    pass


class Stack[T](list[T], metaclass=type):
    def push[U: T](self, item: U) -> None:
        self.append(item)

