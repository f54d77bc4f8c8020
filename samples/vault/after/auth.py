"""Users (PBKDF2-SHA256 password hashes) in the database; signed session cookies and API tokens."""
import hashlib
import hmac
import secrets
from functools import wraps

from flask import current_app, g, jsonify, redirect, request, session, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select

from models import User, db

PBKDF2_ITERATIONS = 600_000
TOKEN_TTL = 8 * 3600


def hash_password(password, salt=None):
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac('sha256', password.encode(), salt.encode(), PBKDF2_ITERATIONS).hex()
    return f'pbkdf2_sha256${PBKDF2_ITERATIONS}${salt}${digest}'


def verify_password(password, stored):
    _, iterations, salt, digest = stored.split('$')
    candidate = hashlib.pbkdf2_hmac('sha256', password.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


class AccountError(ValueError):
    """A problem the user can fix; its message is safe to show them."""

    def __init__(self, public_message):
        super().__init__(public_message)
        self.public_message = public_message


def validate_new_password(password):
    if len(password) < 12:
        raise AccountError('password must be at least 12 characters')
    if password.isalpha() or password.isdigit():
        raise AccountError('password must mix letters with digits or symbols')


def create_user(username, password, role='user', must_change_password=False):
    validate_new_password(password)
    if db.session.scalar(select(User).where(User.username == username)):
        raise AccountError('user exists')
    user = User(username=username, password_hash=hash_password(password), role=role,
                must_change_password=must_change_password)
    db.session.add(user)
    db.session.commit()
    current_app.logger.info('created user %s (%s)', username, role)
    return user


def get_user(username):
    return db.session.scalar(select(User).where(User.username == username))


def authenticate(username, password):
    user = get_user(username)
    if user and verify_password(password, user.password_hash):
        current_app.logger.info('login ok: %s', username)
        return user
    current_app.logger.warning('login failed: %s from %s', username, request.remote_addr)
    return None


def _serializer():
    return URLSafeTimedSerializer(current_app.config['SECRET_KEY'], salt='vault-api-token')


def issue_token(user):
    return _serializer().dumps({'uid': user.id})


def _user_from_request():
    if 'uid' in session:
        return db.session.get(User, session['uid'])
    header = request.headers.get('Authorization', '')
    if header.startswith('Bearer '):
        try:
            data = _serializer().loads(header.removeprefix('Bearer '), max_age=TOKEN_TTL)
        except (BadSignature, SignatureExpired):
            return None
        return db.session.get(User, data['uid'])
    return None


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        user = _user_from_request()
        if user is None:
            if request.path.startswith('/api/'):
                return jsonify({'error': 'authentication required'}), 401
            return redirect(url_for('login_page'))
        if user.must_change_password and request.endpoint not in ('change_password', 'logout_page'):
            return redirect(url_for('change_password'))
        g.user = user
        return view(*args, **kwargs)
    return wrapper


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if g.user.role != 'admin':
            return jsonify({'error': 'admin only'}), 403
        return view(*args, **kwargs)
    return wrapper
