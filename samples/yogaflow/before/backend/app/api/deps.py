"""Shared dependencies: database session and the authenticated user."""
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.core.security import decode_token
from app.db.session import get_db
from app.models.user import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl='/api/v1/auth/login')


def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User:
    payload = decode_token(token)
    if not payload or payload.get('type') != 'access':
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Not authenticated',
                            headers={'WWW-Authenticate': 'Bearer'})
    user = db.get(User, int(payload['sub']))
    if user is None or not user.is_active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, 'Not authenticated')
    return user
