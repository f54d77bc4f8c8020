import os

DEBUG = False
INSTALLED_APPS = ['django.contrib.sessions']
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]
ALLOWED_HOSTS = os.environ['DJANGO_ALLOWED_HOSTS'].split(',')
