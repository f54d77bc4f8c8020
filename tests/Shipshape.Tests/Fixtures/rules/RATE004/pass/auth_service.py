from datetime import datetime, timedelta, timezone

from security import verify_password


def authenticate(db, email, password):
    user = db.find(email)
    now = datetime.now(timezone.utc)
    if user and user.locked_until and user.locked_until > now:
        raise PermissionError('locked')
    if user is None or not verify_password(password, user.hashed_password):
        if user:
            user.failed_login_attempts += 1
            if user.failed_login_attempts >= 5:
                user.locked_until = now + timedelta(minutes=15)
        raise PermissionError('invalid credentials')
    user.failed_login_attempts = 0
    return user
