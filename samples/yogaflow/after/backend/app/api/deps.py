"""Shared dependencies: database session and the authenticated user."""
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.core.security import decode_token
from app.db.session import get_db
from app.models.user import User
from app.services import token_blacklist

oauth2_scheme = OAuth2PasswordBearer(tokenUrl='/api/v1/auth/login')

UNAUTHENTICATED = HTTPException(status.HTTP_401_UNAUTHORIZED, 'Not authenticated',
                                headers={'WWW-Authenticate': 'Bearer'})


def get_token_payload(token: str = Depends(oauth2_scheme)) -> dict:
    payload = decode_token(token)
    if not payload or payload.get('type') != 'access' or token_blacklist.is_revoked(payload['jti']):
        raise UNAUTHENTICATED
    return payload


def get_current_user(payload: dict = Depends(get_token_payload), db: Session = Depends(get_db)) -> User:
    user = db.get(User, int(payload['sub']))
    if user is None or not user.is_active:
        raise UNAUTHENTICATED
    return user
