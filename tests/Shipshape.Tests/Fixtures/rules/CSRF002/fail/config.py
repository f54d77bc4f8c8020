class ProductionConfig:
    WTF_CSRF_ENABLED = False  # expect: CSRF002


class TestingConfig:
    WTF_CSRF_ENABLED = False
