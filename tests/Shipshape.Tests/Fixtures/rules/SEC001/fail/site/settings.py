SECRET_KEY = 'django-insecure-k2#p9x!vq0$7a'  # expect: SEC001
DEBUG = False
INSTALLED_APPS = ['django.contrib.auth']
