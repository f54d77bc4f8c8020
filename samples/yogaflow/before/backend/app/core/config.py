"""Application settings, read from the environment (.env in development)."""
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file='.env', extra='ignore')

    PROJECT_NAME: str = 'YogaFlow'
    API_V1_PREFIX: str = '/api/v1'
    ENVIRONMENT: str = 'development'

    DATABASE_URL: str = 'postgresql://yogaflow:yogaflow@localhost:5432/yogaflow'
    REDIS_URL: str = 'redis://localhost:6379/0'

    SECRET_KEY: str = 'yogaflow-dev-secret'
    JWT_SECRET_KEY: str = 'super-secret-jwt-key'
    JWT_ALGORITHM: str = 'HS256'
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 7

    ALLOWED_ORIGINS: list[str] = ['*']

    SMTP_HOST: str = 'smtp.sendgrid.net'
    SMTP_USER: str = 'apikey'
    SMTP_PASSWORD: str = ''


settings = Settings()
