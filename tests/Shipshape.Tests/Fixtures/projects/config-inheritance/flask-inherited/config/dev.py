from config.base import BaseConfig


class DevelopmentConfig(BaseConfig):
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
