import os


class Config:
    DEBUG = os.getenv('DEBUG', 'True').lower() == 'true'  # expect: DBG001


class DevelopmentConfig(Config):
    DEBUG = True


class ProductionConfig(Config):
    TESTING = False
