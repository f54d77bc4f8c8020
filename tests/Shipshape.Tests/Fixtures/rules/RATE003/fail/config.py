import os


class Config:
    SECRET_KEY = os.environ['SECRET_KEY']
    RATELIMIT_STORAGE_URI = os.getenv('LIMITER_STORAGE', 'memory://')  # expect: RATE003
