name = "world"
width = 10
value = 3.14159
items = {"a": 1}
greeting = f"hello {name}!"
nested = f"{f'{name!r:>{width}}'}"
spec = f"{value:{width}.{2}f} and {value!s:^20} {value!a}"
debug = f"{name=} {value = :.2f} {width=!s}"
escaped = f"{{literal}} {name}{{"
mixed = "plain " f"formatted {name} " 'more' f'{items["a"]}'
multi = f"""first {name}
second {
    value
} third"""
raw = rf"\d+{name}\n" fr'{width}\s'
dotted = f"{items['a']:#x} {len(name):03d} {'x' if name else 'y'}"
lam = f"{(lambda x: x * 2)(width)}"
dict_in = f"{ {'k': name}['k'] }"
empty_parts = f"" f"{name}" ""
bytes_cat = b"abc" b"\x00\xff" rb"\n"
conv = f"{name!r}" f"{name!s:>10}"
