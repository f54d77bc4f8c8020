import os


class BaseConfig:
    JWT_SECRET_KEY = os.environ.get('JWT_SECRET_KEY')


class DevelopmentConfig(BaseConfig):
    SECRET_KEY = 'only-on-my-laptop'


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
