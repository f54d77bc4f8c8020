x = (f'a{b}'
     f'{c:>{d}}'
     'e')
y = f'{a,}' f'{ b , c }'
z = f'{x:{y}.{z}f}' 'k'
