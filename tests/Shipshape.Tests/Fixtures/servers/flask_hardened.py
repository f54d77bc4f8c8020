"""The same Flask app hardened: CSRF protection (Flask-WTF), a rate limit on login (Flask-Limiter),
security headers and secure session cookies (Flask-Talisman), a health endpoint that checks its
database, custom error pages; served by gunicorn.

Usage: python3 -m gunicorn --bind 127.0.0.1:PORT flask_hardened:app
HTTPS redirection (Talisman's force_https) is off only because the test server speaks plain http.
"""
import secrets
import sqlite3

from flask import Flask, jsonify, redirect, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_talisman import Talisman
from flask_wtf.csrf import CSRFProtect, generate_csrf

app = Flask(__name__)
app.config.update(
    SECRET_KEY=secrets.token_hex(32),  # one gunicorn worker: a per-start key is enough for a test server
    SESSION_COOKIE_SAMESITE="Lax",
)
# CSRF is checked before the rate limit: a login POST without its token never reaches the limiter.
csrf = CSRFProtect(app)
limiter = Limiter(get_remote_address, app=app, storage_uri="memory://")
Talisman(
    app,
    force_https=False,
    session_cookie_secure=True,
    frame_options="DENY",
    referrer_policy="strict-origin-when-cross-origin",
    content_security_policy={"default-src": "'self'", "object-src": "'none'", "frame-ancestors": "'none'"},
)

USERS = {"alice": "correct horse battery staple"}

LOGIN_PAGE = """<!doctype html><html><head><title>Log in</title></head><body>
<form method="post" action="/login">
  <input type="hidden" name="csrf_token" value="{token}">
  <input name="username"> <input name="password" type="password">
  <button type="submit">Log in</button>
</form>{message}</body></html>"""


@app.route("/")
def index():
    return "<!doctype html><html><body><h1>Records</h1><a href='/login'>Log in</a></body></html>"


@app.route("/login", methods=["GET", "POST"])
@limiter.limit("5 per minute", methods=["POST"])
def login():
    if request.method == "POST":
        if USERS.get(request.form.get("username")) == request.form.get("password"):
            session["user"] = request.form["username"]
            return redirect("/")
        return LOGIN_PAGE.format(token=generate_csrf(), message="<p>Invalid credentials</p>"), 401
    return LOGIN_PAGE.format(token=generate_csrf(), message="")


@app.after_request
def no_store_on_login(response):
    if request.path == "/login":
        response.headers["Cache-Control"] = "no-store"
    return response


@app.route("/health")
def health():
    with sqlite3.connect(":memory:") as db:
        db.execute("SELECT 1").fetchone()
    return jsonify(status="ok", checks={"database": "ok"})


@app.errorhandler(404)
def not_found(_):
    return jsonify(error="not found"), 404


@app.errorhandler(500)
def server_error(_):
    return jsonify(error="internal error"), 500
