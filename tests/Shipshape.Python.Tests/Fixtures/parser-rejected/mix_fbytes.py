b'a' f'b'
