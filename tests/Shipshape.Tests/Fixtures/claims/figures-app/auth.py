import re
from datetime import datetime, timedelta, timezone

from werkzeug.security import check_password_hash

from config import Config

MAX_FAILED_LOGINS = 10


def authenticate(user, password):
    now = datetime.now(timezone.utc)
    if user.locked_until and user.locked_until > now:
        return False
    if not check_password_hash(user.password_hash, password):
        user.failed_login_attempts += 1
        if user.failed_login_attempts > MAX_FAILED_LOGINS:
            user.locked_until = now + timedelta(minutes=Config.LOCKOUT_MINUTES)
        return False
    user.failed_login_attempts = 0
    return True


def validate_password(password):
    if len(password) < 8 or not re.search(r'[A-Z]', password):
        raise ValueError('weak password')
