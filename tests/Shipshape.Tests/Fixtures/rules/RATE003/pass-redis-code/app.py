from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
# The argument wins over RATELIMIT_STORAGE_URI in .env (left from development).
limiter = Limiter(get_remote_address, app=app, storage_uri="redis://redis:6379/0")
