"""Authentication endpoints."""
from fastapi import APIRouter, Depends, status
from sqlalchemy.orm import Session

from app.api.deps import get_current_user
from app.db.session import get_db
from app.models.user import User
from app.schemas import LoginRequest, PasswordResetRequest, RefreshRequest, TokenPair, UserCreate, UserOut
from app.services import auth_service
from app.services.email import send_password_reset

router = APIRouter(prefix='/auth', tags=['auth'])


@router.post('/register', response_model=UserOut, status_code=status.HTTP_201_CREATED)
def register(data: UserCreate, db: Session = Depends(get_db)):
    return auth_service.register_user(db, data)


@router.post('/login', response_model=TokenPair)
def login(data: LoginRequest, db: Session = Depends(get_db)):
    return auth_service.authenticate(db, data.email, data.password)


@router.post('/refresh', response_model=TokenPair)
def refresh(data: RefreshRequest, db: Session = Depends(get_db)):
    return auth_service.refresh(db, data.refresh_token)


@router.post('/password-reset', status_code=status.HTTP_202_ACCEPTED)
def password_reset(data: PasswordResetRequest, db: Session = Depends(get_db)):
    send_password_reset(db, data.email)
    return {'detail': 'If the address is registered, a reset link is on its way.'}


@router.get('/me', response_model=UserOut)
def me(user: User = Depends(get_current_user)):
    return user
