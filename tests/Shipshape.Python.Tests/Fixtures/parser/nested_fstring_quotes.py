x = f"{'a' if b else 'c'}"
y = f'{x!r}' f'{x!a}' f'{x!s}'
