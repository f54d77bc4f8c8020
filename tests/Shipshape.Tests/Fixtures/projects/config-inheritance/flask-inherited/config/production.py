from config.base import BaseConfig


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
