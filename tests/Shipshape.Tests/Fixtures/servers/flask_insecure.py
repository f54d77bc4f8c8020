"""A Flask app in the configuration the seed audits found: debug on (Werkzeug debugger), no security
headers, cookies without flags, CORS echoing any Origin with credentials, a login with a default
account, no rate limit, no CSRF protection, served by the development server (which names its
version in the Server header).

Usage: python3 flask_insecure.py PORT
"""
import sys

from flask import Flask, make_response, redirect, request, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = "dev"
app.config["SESSION_COOKIE_HTTPONLY"] = False
CORS(app, supports_credentials=True)

USERS = {"admin": "admin"}

LOGIN_PAGE = """<!doctype html><html><head><title>Log in</title></head><body>
<form method="post" action="/login">
  <input name="username"> <input name="password" type="password">
  <button type="submit">Log in</button>
</form>{message}</body></html>"""

PROFILE_PAGE = """<!doctype html><html><body>
<form method="post" action="/profile"><input name="display_name"><button>Save</button></form>
</body></html>"""


@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    response = make_response("<!doctype html><html><body><h1>Records</h1><a href='/login'>Log in</a></body></html>")
    response.set_cookie("tracking", "abc")
    return response


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        if USERS.get(request.form.get("username")) == request.form.get("password"):
            session["user"] = request.form["username"]
            return redirect("/")
        return LOGIN_PAGE.format(message="<p>Invalid credentials</p>")
    return LOGIN_PAGE.format(message="")


@app.route("/profile", methods=["GET", "POST"])
def profile():
    return PROFILE_PAGE


@app.route("/health")
def health():
    return "OK"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=True, use_reloader=False)
