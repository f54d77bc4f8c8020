data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(n)
while (chunk := data.pop()) != 1:
    pass
filtered = [y for x in data if (y := x * 2) > 2]
print(total := sum(data), total)
values = {k: (v := k) for k in range(3)}
call = dict(a=(b := 1))
