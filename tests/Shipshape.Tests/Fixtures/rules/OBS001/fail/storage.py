def save(path, data):
    print("saving", path)  # expect: OBS001
