"""Helpdesk settings: one module for the laptop and the server."""  # expect: DEP004
import os

SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
DEBUG = True
ALLOWED_HOSTS = ['helpdesk.example.org']

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'tickets']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware']
ROOT_URLCONF = 'helpdesk.urls'
