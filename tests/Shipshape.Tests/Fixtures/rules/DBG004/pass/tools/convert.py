# A command-line helper imports no web framework: its return value goes to its caller, not to a client.
def convert(text):
    try:
        return int(text)
    except ValueError as err:
        return str(err)
