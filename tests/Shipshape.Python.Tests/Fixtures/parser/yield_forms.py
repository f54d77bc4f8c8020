def f():
    yield
    yield 1, 2
    yield from x
    x = yield
    y = yield 1
    await (yield)
