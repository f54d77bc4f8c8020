from datetime import datetime, timedelta, timezone
from uuid import uuid4

import jwt

from token_blacklist import is_revoked

KEY = 'from-env-in-real-life'


def create_refresh_token(subject):
    expire = datetime.now(timezone.utc) + timedelta(days=7)
    return jwt.encode({'sub': subject, 'exp': expire, 'jti': uuid4().hex}, KEY, algorithm='HS256')


def read(token):
    payload = jwt.decode(token, KEY, algorithms=['HS256'])
    return None if is_revoked(payload['jti']) else payload
