seen = []


def test_upload():
    seen.append(1)
