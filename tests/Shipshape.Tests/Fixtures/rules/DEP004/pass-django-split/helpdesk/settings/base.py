import os

SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'tickets']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware']
ROOT_URLCONF = 'helpdesk.urls'
