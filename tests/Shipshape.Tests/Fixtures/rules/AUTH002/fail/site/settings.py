INSTALLED_APPS = ['django.contrib.auth']
AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 6}},  # expect: AUTH002
]
