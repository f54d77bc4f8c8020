"""Registration, login with lockout, token refresh and logout (revocation)."""
import logging
from datetime import datetime, timedelta, timezone

from fastapi import HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.config import settings
from app.core.security import (create_access_token, create_refresh_token, decode_token, hash_password,
                               verify_password)
from app.models.user import User
from app.schemas import TokenPair, UserCreate
from app.services import token_blacklist

logger = logging.getLogger(__name__)

INVALID = HTTPException(status.HTTP_401_UNAUTHORIZED, 'Invalid credentials')


def register_user(db: Session, data: UserCreate) -> User:
    if db.scalar(select(User).where(User.email == data.email.lower())):
        raise HTTPException(status.HTTP_409_CONFLICT, 'Email already registered')
    user = User(email=data.email.lower(), full_name=data.full_name, hashed_password=hash_password(data.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    logger.info('registered user id=%s', user.id)
    return user


def _issue(user: User) -> TokenPair:
    return TokenPair(access_token=create_access_token(str(user.id)), refresh_token=create_refresh_token(str(user.id)))


def authenticate(db: Session, email: str, password: str) -> TokenPair:
    user = db.scalar(select(User).where(User.email == email.lower()))
    now = datetime.now(timezone.utc)
    if user is None:
        raise INVALID
    if user.locked_until and user.locked_until > now:
        logger.warning('login refused: user id=%s locked until %s', user.id, user.locked_until.isoformat())
        raise HTTPException(status.HTTP_423_LOCKED, 'Account temporarily locked. Try again later.')
    if not verify_password(password, user.hashed_password):
        user.failed_login_attempts = (user.failed_login_attempts or 0) + 1
        if user.failed_login_attempts >= settings.LOCKOUT_THRESHOLD:
            user.locked_until = now + timedelta(minutes=settings.LOCKOUT_MINUTES)
            user.failed_login_attempts = 0
            logger.warning('user id=%s locked for %d minutes', user.id, settings.LOCKOUT_MINUTES)
        db.commit()
        raise INVALID
    if not user.is_active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, 'Account disabled')
    if not user.is_verified:
        raise HTTPException(status.HTTP_403_FORBIDDEN, 'Please verify your e-mail address first')
    user.failed_login_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    db.commit()
    return _issue(user)


def refresh(db: Session, refresh_token: str) -> TokenPair:
    payload = decode_token(refresh_token)
    if not payload or payload.get('type') != 'refresh' or token_blacklist.is_revoked(payload['jti']):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Invalid refresh token')
    user = db.get(User, int(payload['sub']))
    if user is None or not user.is_active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Invalid refresh token')
    token_blacklist.revoke(payload)  # refresh tokens are single-use
    return _issue(user)


def logout(access_payload: dict, refresh_token: str | None) -> None:
    token_blacklist.revoke(access_payload)
    if refresh_token:
        payload = decode_token(refresh_token)
        if payload and payload.get('sub') == access_payload.get('sub'):
            token_blacklist.revoke(payload)
