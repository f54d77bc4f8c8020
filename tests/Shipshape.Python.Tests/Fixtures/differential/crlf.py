def f(a):
    if a:
        return "crlf"
    return (1,
            2)

x = """line one
line two"""
