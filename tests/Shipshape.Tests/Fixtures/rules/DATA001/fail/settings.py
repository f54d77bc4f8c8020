DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",  # expect: DATA001
        "NAME": "db.sqlite3",
    }
}
