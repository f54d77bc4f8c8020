"""Application settings, read from the environment (.env in development).

Secrets have no defaults: the app refuses to start without them.
"""
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file='.env', extra='ignore')

    PROJECT_NAME: str = 'YogaFlow'
    API_V1_PREFIX: str = '/api/v1'
    ENVIRONMENT: str = 'production'

    DATABASE_URL: str
    REDIS_URL: str

    SECRET_KEY: str = Field(min_length=64)
    JWT_SECRET_KEY: str = Field(min_length=64)
    JWT_ALGORITHM: str = 'HS256'
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 30
    REFRESH_TOKEN_EXPIRE_DAYS: int = 7
    BCRYPT_ROUNDS: int = 12

    LOCKOUT_THRESHOLD: int = 5
    LOCKOUT_MINUTES: int = 15

    ALLOWED_ORIGINS: list[str] = Field(default_factory=list)

    SMTP_HOST: str = 'smtp.sendgrid.net'
    SMTP_USER: str = 'apikey'
    SMTP_PASSWORD: str = ''
    SENTRY_DSN: str | None = None

    @property
    def is_production(self) -> bool:
        return self.ENVIRONMENT == 'production'


settings = Settings()
