"""Registration, login and token refresh."""
import logging
from datetime import datetime

from fastapi import HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.security import (create_access_token, create_refresh_token, decode_token, hash_password,
                               verify_password)
from app.models.user import User
from app.schemas import TokenPair, UserCreate

logger = logging.getLogger(__name__)


def register_user(db: Session, data: UserCreate) -> User:
    if db.scalar(select(User).where(User.email == data.email.lower())):
        raise HTTPException(status.HTTP_409_CONFLICT, 'Email already registered')
    user = User(email=data.email.lower(), full_name=data.full_name, hashed_password=hash_password(data.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    logger.info('registered user %s', user.email)
    return user


def authenticate(db: Session, email: str, password: str) -> TokenPair:
    logger.info('login attempt email=%s password=%s', email, password)
    user = db.scalar(select(User).where(User.email == email.lower()))
    if user is None or not verify_password(password, user.hashed_password):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Invalid credentials')
    if not user.is_active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, 'Account disabled')
    user.last_login_at = datetime.utcnow()
    db.commit()
    return TokenPair(access_token=create_access_token(str(user.id)), refresh_token=create_refresh_token(str(user.id)))


def refresh(db: Session, refresh_token: str) -> TokenPair:
    payload = decode_token(refresh_token)
    if not payload or payload.get('type') != 'refresh':
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Invalid refresh token')
    user = db.get(User, int(payload['sub']))
    if user is None or not user.is_active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Invalid refresh token')
    return TokenPair(access_token=create_access_token(str(user.id)), refresh_token=create_refresh_token(str(user.id)))
