"""Outgoing mail (password reset links)."""
import logging
import smtplib
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.config import settings
from app.core.security import create_access_token
from app.models.user import User

logger = logging.getLogger(__name__)


def send_password_reset(db: Session, email: str) -> None:
    user = db.scalar(select(User).where(User.email == email.lower()))
    if user is None:
        return
    token = create_access_token(str(user.id))
    message = EmailMessage()
    message['Subject'] = 'Reset your YogaFlow password'
    message['From'] = 'no-reply@yogaflow.app'
    message['To'] = user.email
    message.set_content(f'Reset your password: https://yogaflow.app/reset?token={token}')
    with smtplib.SMTP(settings.SMTP_HOST, 587, timeout=10) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
    logger.info('password reset mail sent to user %s', user.id)
