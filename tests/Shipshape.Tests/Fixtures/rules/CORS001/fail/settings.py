from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    ALLOWED_ORIGINS: list[str] = ['*']  # expect: CORS001


settings = Settings()
