SECRET_KEY = 'x'
DEBUG = True  # expect: DBG002
INSTALLED_APPS = ['django.contrib.auth']
