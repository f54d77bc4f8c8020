a = 1_000 + 0x_ff + 0o17 + 0b1_0 + 1.5e-3 + .5 + 5. + 1e10 + 3j + 1.5J + 0 + 00 + 0_0
b = 1if x else 2
c = 10**100
d = 1e500
e = 0xffffffffffffffffffffff
