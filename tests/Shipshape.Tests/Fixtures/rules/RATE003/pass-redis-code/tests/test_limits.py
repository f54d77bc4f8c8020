from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address


def test_limit_applies():
    limiter = Limiter(get_remote_address, app=Flask(__name__), storage_uri="memory://")
    assert limiter.enabled
