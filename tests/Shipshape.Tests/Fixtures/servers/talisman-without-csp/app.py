"""A Flask app that imports Flask-Talisman but switches its Content-Security-Policy off: the static
scan sees the protection, the running app does not serve it.

Usage: python3 app.py PORT
"""
import sys

from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, force_https=False, content_security_policy=None)


@app.route("/")
def index():
    return "<!doctype html><html><body><h1>Files</h1></body></html>"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]))
