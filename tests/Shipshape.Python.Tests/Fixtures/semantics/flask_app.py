import os
import flask
import flask.json as j
import logging.handlers
from flask import Flask as F, request
from .models import User
from ..config import settings as cfg
from . import views
from werkzeug.utils import *

try:
    import ujson as fastjson
except ImportError:
    import json as fastjson

PREFIX = "api"
VERSION = "v" "2"
BASE = PREFIX + "/" + VERSION
GREETING: str = f"hello " f"world"
TEMPLATE = f"{PREFIX}/x"
RETRIES = -3
NEGATIVE_FLOAT = -2.5
SECRET = os.environ.get("SECRET_KEY", "dev-" + "secret")
COUNTER = 0
COUNTER += 1
A = B = "shared"
X, Y = "tuple", "target"
LOOPED = "first"
for LOOPED in range(3):
    pass
ENABLED = None
REASSIGNED = "one"


def rebind():
    global REASSIGNED
    REASSIGNED = "two"


app = F(__name__)
other = flask.Flask("other")
handler = logging.handlers.RotatingFileHandler("app.log", maxBytes=10, backupCount=5)
data = j.dumps({})
user = User(name=BASE)
payload = fastjson.loads("{}")
app.run(debug=True, port=5002)
app.run("0.0.0.0", 8000, *extra)
print(BASE, PREFIX + VERSION, ALIAS)
cfg.load(views.index)
