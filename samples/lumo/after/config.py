"""LUMO configuration: one base class, overridden per environment."""
import os
from datetime import timedelta


class Config:
    SECRET_KEY = os.environ.get('SECRET_KEY')
    SQLALCHEMY_DATABASE_URI = os.environ.get('DATABASE_URL')
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS = {
        'pool_size': 10,
        'max_overflow': 20,
        'pool_pre_ping': True,
        'pool_recycle': 3600,
    }
    POSTS_PER_PAGE = 12

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = 'Lax'
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = 'Lax'
    PERMANENT_SESSION_LIFETIME = timedelta(days=30)
    REMEMBER_COOKIE_DURATION = timedelta(days=30)

    RATELIMIT_STORAGE_URI = os.environ.get('REDIS_URL', 'memory://')
    RATELIMIT_DEFAULT = '100 per hour'
    RATELIMIT_HEADERS_ENABLED = True

    PASSWORD_MIN_LENGTH = 8

    LOG_DIR = os.environ.get('LOG_DIR', 'logs')
    LOG_LEVEL = os.environ.get('LOG_LEVEL', 'INFO')
    SENTRY_DSN = os.environ.get('SENTRY_DSN')

    GOOGLE_CLIENT_ID = os.environ.get('GOOGLE_CLIENT_ID')
    GOOGLE_CLIENT_SECRET = os.environ.get('GOOGLE_CLIENT_SECRET')
    GA_MEASUREMENT_ID = os.environ.get('GA_MEASUREMENT_ID', 'G-LUMO4X2Q9Z')
    ADSENSE_CLIENT = os.environ.get('ADSENSE_CLIENT', 'ca-pub-5274189340012765')


class DevelopmentConfig(Config):
    SQLALCHEMY_DATABASE_URI = os.environ.get('DATABASE_URL', 'sqlite:///lumo-dev.db')
    SQLALCHEMY_ENGINE_OPTIONS = {}
    SESSION_COOKIE_SECURE = False


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = 'https'
    RATELIMIT_STORAGE_URI = os.environ.get('REDIS_URL')

    @classmethod
    def validate(cls):
        """Refuse to start in production without the settings that have no safe default."""
        missing = [name for name in ('SECRET_KEY', 'DATABASE_URL', 'REDIS_URL') if not os.environ.get(name)]
        if missing:
            raise RuntimeError('Missing required environment variables: ' + ', '.join(missing))
        if not cls.SQLALCHEMY_DATABASE_URI.startswith(('postgresql://', 'postgresql+psycopg2://')):
            raise RuntimeError('Production requires PostgreSQL (DATABASE_URL=postgresql://...)')


CONFIGS = {'development': DevelopmentConfig, 'production': ProductionConfig}


def get_config():
    return CONFIGS[os.environ.get('FLASK_ENV', 'production')]
