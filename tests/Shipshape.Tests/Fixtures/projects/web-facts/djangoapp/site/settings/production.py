from .base import *

SESSION_COOKIE_SECURE = True
