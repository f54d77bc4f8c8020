import jwt

KEY = 'from-env-in-real-life'


def create_refresh_token(subject):
    return jwt.encode({'sub': subject, 'type': 'refresh'}, KEY, algorithm='HS256')  # expect: AUTH005


def read(token):
    return jwt.decode(token, KEY, algorithms=['HS256'], options={'verify_signature': False})  # expect: AUTH005
