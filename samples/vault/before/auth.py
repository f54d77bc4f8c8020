"""Users (PBKDF2-SHA256 password hashes) kept in users.json, and session tokens."""
import hashlib
import hmac
import json
import os
import secrets
import time
from functools import wraps

from flask import g, jsonify, redirect, request, session, url_for

USERS_FILE = 'users.json'
PBKDF2_ITERATIONS = 260_000
SESSION_TTL = 8 * 3600

sessions = {}


def _load_users():
    if not os.path.exists(USERS_FILE):
        return {}
    with open(USERS_FILE) as f:
        return json.load(f)


def _save_users(users):
    with open(USERS_FILE, 'w') as f:
        json.dump(users, f, indent=2)


def hash_password(password, salt=None):
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac('sha256', password.encode(), salt.encode(), PBKDF2_ITERATIONS).hex()
    return f'pbkdf2_sha256${PBKDF2_ITERATIONS}${salt}${digest}'


def verify_password(password, stored):
    _, iterations, salt, digest = stored.split('$')
    candidate = hashlib.pbkdf2_hmac('sha256', password.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


def create_user(username, password, role='user'):
    users = _load_users()
    if username in users:
        raise ValueError('user exists')
    users[username] = {'password': hash_password(password), 'role': role, 'created_at': time.time()}
    _save_users(users)
    print(f'[auth] created user {username} ({role})')


def get_user(username):
    return _load_users().get(username)


def authenticate(username, password):
    user = get_user(username)
    if user and verify_password(password, user['password']):
        token = secrets.token_urlsafe(32)
        sessions[token] = {'username': username, 'expires': time.time() + SESSION_TTL}
        print(f'[auth] login ok: {username}')
        return token
    print(f'[auth] login failed: {username}')
    return None


def logout(token):
    sessions.pop(token, None)


def current_username():
    token = session.get('token') or request.headers.get('Authorization', '').removeprefix('Bearer ')
    entry = sessions.get(token)
    if not entry or entry['expires'] < time.time():
        return None
    return entry['username']


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        username = current_username()
        if username is None:
            if request.path.startswith('/api/'):
                return jsonify({'error': 'authentication required'}), 401
            return redirect(url_for('login_page'))
        g.username = username
        g.role = get_user(username)['role']
        return view(*args, **kwargs)
    return wrapper


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if g.role != 'admin':
            return jsonify({'error': 'admin only'}), 403
        return view(*args, **kwargs)
    return wrapper


def create_default_admin():
    if get_user('admin') is None:
        create_user(
            username='admin',
            password='admin123',
            role='admin',
        )
        print('[auth] default admin created: admin / admin123')
