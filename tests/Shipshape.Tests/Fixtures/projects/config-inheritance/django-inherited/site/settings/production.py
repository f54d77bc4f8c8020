from .base import *

SECURE_SSL_REDIRECT = True
