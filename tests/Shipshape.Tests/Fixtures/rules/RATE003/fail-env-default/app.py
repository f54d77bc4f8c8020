import os

from flask import Flask
from flask_limiter import Limiter

app = Flask(__name__)
# Nothing sets REDIS_URL in this project, so the default runs.
limiter = Limiter(app, storage_uri=os.getenv("REDIS_URL", "memory://"))  # expect: RATE003
