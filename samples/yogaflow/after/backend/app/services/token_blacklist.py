"""Revoked JWT ids, kept in Redis until the token would have expired anyway."""
from datetime import datetime, timezone

import redis

from app.core.config import settings

_PREFIX = 'jwt:revoked:'
_client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2, decode_responses=True)


def revoke(payload: dict) -> None:
    remaining = int(payload['exp'] - datetime.now(timezone.utc).timestamp())
    if remaining > 0:
        _client.setex(_PREFIX + payload['jti'], remaining, '1')


def is_revoked(jti: str) -> bool:
    return _client.exists(_PREFIX + jti) == 1


def ping() -> bool:
    return bool(_client.ping())
