import os

SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
DEBUG = False
INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth', 'rest_framework', 'tickets']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware']
ROOT_URLCONF = 'helpdesk.urls'

REST_FRAMEWORK = {
    'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.IsAuthenticated'],
}
