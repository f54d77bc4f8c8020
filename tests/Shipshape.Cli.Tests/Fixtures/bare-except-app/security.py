"""Configuration from the environment, rate limits, security headers, HTTPS and logging: present so that the CLI tests see only the bare except at medium."""
import logging
import os

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_talisman import Talisman

from app import app

Limiter(get_remote_address, app=app, default_limits=['100 per minute'])
Talisman(app)
app.config['SECRET_KEY'] = os.environ['SECRET_KEY']
app.config['SESSION_COOKIE_SAMESITE'] = 'Lax'
logging.basicConfig(level=logging.INFO)
