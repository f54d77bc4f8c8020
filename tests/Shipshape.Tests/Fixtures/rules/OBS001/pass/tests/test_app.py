def test_unlock():
    print("debug output in a test is fine")
