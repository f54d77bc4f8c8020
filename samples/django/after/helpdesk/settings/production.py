"""Production settings: everything secret or host-specific comes from the environment."""
import os

from django.core.exceptions import ImproperlyConfigured

from helpdesk.settings.base import *  # noqa: F401,F403  (the settings module pattern)


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f'Set the {name} environment variable')
    return value


SECRET_KEY = env('DJANGO_SECRET_KEY')
DEBUG = env('DJANGO_DEBUG', 'False').lower() == 'true'
ALLOWED_HOSTS = [h.strip() for h in env('DJANGO_ALLOWED_HOSTS').split(',') if h.strip()]

# DJANGO_DB_ENGINE exists so that `check --deploy` can run where psycopg2 is not installed.
DATABASES = {
    'default': {
        'ENGINE': env('DJANGO_DB_ENGINE', 'django.db.backends.postgresql'),
        'NAME': env('POSTGRES_DB', 'helpdesk'),
        'USER': env('POSTGRES_USER', 'helpdesk'),
        'PASSWORD': env('POSTGRES_PASSWORD', ''),
        'HOST': env('POSTGRES_HOST', 'localhost'),
        'PORT': env('POSTGRES_PORT', '5432'),
        'CONN_MAX_AGE': 60,
    }
}

# TLS terminates at the load balancer, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ('HTTP_X_FORWARDED_PROTO', 'https')
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = 'strict-origin-when-cross-origin'
X_FRAME_OPTIONS = 'DENY'

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = 'Lax'
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = 'Lax'
