a = 'x' "y" '''z''' r'\n'
bb = b'\x00' rb'\d' Br'x'
b = f'{a!r:>{w}.{p}}' f"{b=}" F'{c = !s:x}' rf'\{d}' fR'{e}'
c = u'x' 'y'
d = '\N{BULLET}\N{digit nine}\u00e9\U0001F600\x41\101\q'
e = f'{{}}{a}}}{{'
f = f'''
{a
 +b}
'''
g = f'{"nested"}' f'{f"{x}"}'
h = 'a\
b'
