def test_bare_except_catches_everything():
    try:
        raise SystemExit
    except:
        caught = True
    assert caught
