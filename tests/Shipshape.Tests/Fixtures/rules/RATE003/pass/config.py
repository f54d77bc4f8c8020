import os


class Config:
    SECRET_KEY = os.environ['SECRET_KEY']
    # Resolved through .env, which points the limiter at Redis; memory:// only runs when REDIS_URL is unset.
    RATELIMIT_STORAGE_URI = os.environ.get('REDIS_URL', 'memory://')


class DevelopmentConfig(Config):
    RATELIMIT_STORAGE_URI = 'memory://'
