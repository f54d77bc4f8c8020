import functools


def trace(label):
    def wrap(fn):
        return fn
    return wrap


handlers = [trace("a"), trace("b")]


@functools.lru_cache(maxsize=None)
@trace("first")
@handlers[0]
@(lambda fn: fn)
@handlers[1] if handlers else None
def compute(x, /, y=2, *args, z, w=3, **kwargs) -> int:
    return x


@trace("cls")
class Thing(object, metaclass=type):
    @property
    def value(self):
        return 1

    @value.setter
    def value(self, v):
        pass

    @staticmethod
    async def run(*, key: str = "k") -> None:
        async with open(key) as f, open(key):
            async for line in f:
                await line
