x = f'{a}' f'{'
