from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    REDIS_URL: str = 'redis://redis:6379/0'


settings = Settings()
