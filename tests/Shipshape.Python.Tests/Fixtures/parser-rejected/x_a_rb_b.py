x = 'a' rb'b'
