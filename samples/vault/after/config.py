"""Environment-based configuration; production and development differ only where they must."""
import os

from dotenv import load_dotenv

load_dotenv()


class Config:
    SECRET_KEY = os.getenv('SECRET_KEY', os.urandom(32).hex())
    SQLALCHEMY_DATABASE_URI = os.getenv('DATABASE_URL')
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS = {'pool_size': 5, 'max_overflow': 10, 'pool_pre_ping': True, 'pool_recycle': 1800}

    MAX_CONTENT_LENGTH = int(os.getenv('MAX_UPLOAD_BYTES', 50 * 1024 * 1024))
    ALLOWED_EXTENSIONS = {'pdf', 'docx', 'xlsx', 'png', 'jpg', 'txt', 'zip'}
    STORAGE_BACKEND = os.getenv('STORAGE_BACKEND', 's3')
    S3_BUCKET = os.getenv('S3_BUCKET', '')
    LOCAL_STORAGE_DIR = os.getenv('LOCAL_STORAGE_DIR', '/data/secure_storage')
    MASTER_KEY = os.getenv('VAULT_MASTER_KEY', '')

    ALLOWED_ORIGINS = [o.strip() for o in os.getenv('ALLOWED_ORIGINS', '').split(',') if o.strip()]
    RATELIMIT_STORAGE_URI = os.getenv('REDIS_URL', 'redis://localhost:6379/0')
    RATELIMIT_DEFAULT = '200 per day;50 per hour'

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = 'Lax'
    SESSION_COOKIE_SECURE = True
    PERMANENT_SESSION_LIFETIME = 8 * 3600

    LOG_LEVEL = os.getenv('LOG_LEVEL', 'INFO')
    SENTRY_DSN = os.getenv('SENTRY_DSN')
    DEBUG = os.getenv('FLASK_DEBUG', 'False').lower() == 'true'


class DevelopmentConfig(Config):
    SESSION_COOKIE_SECURE = False
    STORAGE_BACKEND = os.getenv('STORAGE_BACKEND', 'local')
    LOCAL_STORAGE_DIR = os.getenv('LOCAL_STORAGE_DIR', 'secure_storage')


class ProductionConfig(Config):
    pass


def get_config():
    return DevelopmentConfig if os.getenv('FLASK_ENV') == 'development' else ProductionConfig
