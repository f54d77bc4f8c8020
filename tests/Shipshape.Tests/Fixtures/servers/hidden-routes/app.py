"""A Flask app whose login and health routes sit where no probe would guess them: the login at
/auth/v2/sign-in (a blueprint mounted with a prefix), the health check at /status/live. Only the
static route inventory tells the probe where they are.

Usage: python3 app.py PORT
"""
import sys

from flask import Flask, jsonify

from auth import auth

app = Flask(__name__)
app.secret_key = "fixture-only"
app.register_blueprint(auth, url_prefix="/auth/v2")


@app.route("/")
def index():
    return "<!doctype html><html><body><h1>Ledger</h1></body></html>"


@app.route("/status/live")
def live():
    return jsonify(status="ok", checks={"database": "ok"})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]))
