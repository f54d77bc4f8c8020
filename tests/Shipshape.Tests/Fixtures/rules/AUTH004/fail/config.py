class Config:
    SESSION_COOKIE_HTTPONLY = True


class ProductionConfig(Config):  # expect: AUTH004
    PREFERRED_URL_SCHEME = 'https'


class DevelopmentConfig(Config):
    SESSION_COOKIE_SECURE = True
