def test_login(client):
    client.post('/login', data={'username': 'alice', 'password': 'correct horse'})
    password = 'test-only'
