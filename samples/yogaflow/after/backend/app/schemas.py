"""Request and response bodies."""
from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class UserCreate(BaseModel):
    email: EmailStr
    password: str = Field(min_length=8, max_length=128)
    full_name: str | None = None


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: EmailStr
    full_name: str | None
    is_verified: bool
    created_at: datetime | None


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = 'bearer'


class RefreshRequest(BaseModel):
    refresh_token: str


class PasswordResetRequest(BaseModel):
    email: EmailStr


class PoseOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    sanskrit_name: str
    english_name: str
    difficulty: str
    category: str
    image_url: str | None


class SequenceIn(BaseModel):
    title: str = Field(min_length=1, max_length=160)
    is_public: bool = False
    pose_ids: list[int] = Field(default_factory=list, max_length=60)


class SequenceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    is_public: bool
    created_at: datetime | None
