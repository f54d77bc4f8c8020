import hashlib
from hashlib import md5


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()  # expect: AUTH003


def legacy_hash(user):
    return md5(user.password.encode()).hexdigest()  # expect: AUTH003


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
