class ProductionConfig:
    WTF_CSRF_ENABLED = True


class TestingConfig:
    WTF_CSRF_ENABLED = False
