import os


class Config:
    SECRET_KEY = os.getenv('SECRET_KEY', 'dev-only')
    SESSION_COOKIE_SECURE = False
    DEBUG = True


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    DEBUG = os.getenv('FLASK_DEBUG', 'False').lower() == 'true'


class DevelopmentConfig(Config):
    SECRET_KEY = 'laptop'
