from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    SECRET_KEY: str = 'yogaflow-dev-secret'  # expect: SEC001
