class BaseConfig:
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = 'sqlite:///app.db'
