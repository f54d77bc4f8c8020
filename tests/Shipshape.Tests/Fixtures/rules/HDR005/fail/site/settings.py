# expect: HDR005 (SECURE_HSTS_SECONDS unset)
SECURE_SSL_REDIRECT = True
DEBUG = False
ALLOWED_HOSTS = ["*"]  # expect: HDR005
INSTALLED_APPS = ['django.contrib.sessions']
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]
X_FRAME_OPTIONS = 'SAMEORIGIN'  # expect: HDR005
