class BaseConfig:
    JWT_SECRET_KEY = 'super-secret-jwt-key'  # expect: SEC001


class DevelopmentConfig(BaseConfig):
    SECRET_KEY = 'only-on-my-laptop'


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
