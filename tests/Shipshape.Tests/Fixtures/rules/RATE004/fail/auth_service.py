from security import verify_password


def authenticate(db, email, password):  # expect: RATE004
    user = db.find(email)
    if user is None or not verify_password(password, user.hashed_password):
        raise PermissionError('invalid credentials')
    return user
