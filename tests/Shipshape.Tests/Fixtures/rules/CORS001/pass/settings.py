from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    ALLOWED_ORIGINS: list[str] = ['https://yogaflow.example.com']


settings = Settings()
