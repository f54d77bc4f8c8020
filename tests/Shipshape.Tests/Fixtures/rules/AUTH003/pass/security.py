import hashlib

import bcrypt
from werkzeug.security import generate_password_hash


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()


def hash_with_werkzeug(password: str) -> str:
    return generate_password_hash(password)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
