"""Environment-driven configuration: nothing secret lives in the code."""
import os


def _required(name):
    value = os.getenv(name)
    if not value:
        raise RuntimeError(f'{name} environment variable must be set')
    return value


class Config:
    SQLALCHEMY_DATABASE_URI = os.getenv('DATABASE_URL', 'sqlite:////var/lib/leoc/instance/leoc.db')
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    UPLOAD_FOLDER = os.getenv('UPLOAD_FOLDER', '/var/lib/leoc/static/uploads')
    REPORT_FOLDER = os.getenv('REPORT_FOLDER', '/var/lib/leoc/reports')
    LOG_FOLDER = os.getenv('LOG_FOLDER', 'logs')
    LOG_LEVEL = os.getenv('LOG_LEVEL', 'INFO')
    MAX_CONTENT_LENGTH = int(os.getenv('MAX_CONTENT_LENGTH', 5 * 1024 * 1024))
    ALLOWED_EXTENSIONS = {'jpg', 'jpeg', 'png', 'gif', 'webp'}
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = 'Lax'
    RATELIMIT_STORAGE_URI = os.getenv('RATELIMIT_STORAGE_URI', 'memory://')
    RATELIMIT_DEFAULT = '300 per hour'
    HTTP_TIMEOUT_SECONDS = float(os.getenv('HTTP_TIMEOUT_SECONDS', '5'))


class ProductionConfig(Config):
    SECRET_KEY = _required('SECRET_KEY')
    UNLOCK_KEY = _required('UNLOCK_KEY')
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = 'https'
