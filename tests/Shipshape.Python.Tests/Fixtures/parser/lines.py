x = (1 +
     2)
y = [
  1,
  2,
]
z = 1 + \
    2
w = 3v = 4

if x:
    pass
