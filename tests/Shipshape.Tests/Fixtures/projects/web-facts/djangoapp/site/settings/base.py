import os

DEBUG = False
SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
INSTALLED_APPS = ['django.contrib.sessions']
SESSION_COOKIE_SECURE = False
