SECRET_KEY = 'x'
INSTALLED_APPS = ['django.contrib.sessions']
MIDDLEWARE = [  # expect: CSRF001
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
]
