def render(record):
    text = "shipshape: ignore[ERR001] inside a string is not a comment"
    try:
        return text.format(**record)
    except:
        return ""
    try:
        return str(record)
    except:
        return ""


def summary(record):
    try:
        return record["title"]
    except:  # shipshape: ignore[ERR01] typo in the rule id
        return ""
