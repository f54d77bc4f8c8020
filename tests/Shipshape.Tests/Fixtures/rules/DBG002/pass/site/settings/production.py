from .base import *

ALLOWED_HOSTS = ['helpdesk.example.com']
