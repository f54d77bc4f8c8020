import json


def export(rows):
    with open("export.json", "w") as f:
        json.dump(rows, f)
