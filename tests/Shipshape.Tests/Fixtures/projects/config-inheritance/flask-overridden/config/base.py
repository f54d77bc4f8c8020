class Config:
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = 'sqlite:///dev.db'
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
