"""Authentication endpoints, each rate limited per client address."""
from fastapi import APIRouter, Depends, Request, status
from sqlalchemy.orm import Session

from app.api.deps import get_current_user, get_token_payload
from app.core.rate_limit import limiter
from app.db.session import get_db
from app.models.user import User
from app.schemas import LoginRequest, PasswordResetRequest, RefreshRequest, TokenPair, UserCreate, UserOut
from app.services import auth_service
from app.services.email import send_password_reset

router = APIRouter(prefix='/auth', tags=['auth'])


@router.post('/register', response_model=UserOut, status_code=status.HTTP_201_CREATED)
@limiter.limit('3/hour')
def register(request: Request, data: UserCreate, db: Session = Depends(get_db)):
    return auth_service.register_user(db, data)


@router.post('/login', response_model=TokenPair)
@limiter.limit('5/minute')
def login(request: Request, data: LoginRequest, db: Session = Depends(get_db)):
    return auth_service.authenticate(db, data.email, data.password)


@router.post('/refresh', response_model=TokenPair)
@limiter.limit('10/minute')
def refresh(request: Request, data: RefreshRequest, db: Session = Depends(get_db)):
    return auth_service.refresh(db, data.refresh_token)


@router.post('/password-reset', status_code=status.HTTP_202_ACCEPTED)
def password_reset(request: Request, data: PasswordResetRequest, db: Session = Depends(get_db)):
    send_password_reset(db, data.email)
    return {'detail': 'If the address is registered, a reset link is on its way.'}


@router.post('/logout', status_code=status.HTTP_204_NO_CONTENT)
def logout(data: RefreshRequest | None = None, payload: dict = Depends(get_token_payload)):
    auth_service.logout(payload, data.refresh_token if data else None)


@router.get('/me', response_model=UserOut)
def me(user: User = Depends(get_current_user)):
    return user
