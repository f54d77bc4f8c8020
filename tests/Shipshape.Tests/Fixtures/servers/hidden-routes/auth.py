"""The sign-in blueprint: a password form that posts to itself, with no CSRF token and no rate limit."""
from flask import Blueprint, request, session

auth = Blueprint("auth", __name__)

SIGN_IN_PAGE = """<!doctype html><html><head><title>Sign in</title></head><body>
<form method="post" action="/auth/v2/sign-in">
  <input name="username"> <input name="password" type="password">
  <button type="submit">Sign in</button>
</form>{message}</body></html>"""


@auth.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if request.method == "POST":
        if request.form.get("username") == "owner" and request.form.get("password") == "a long passphrase":
            session["user"] = "owner"
            return "signed in"
        return SIGN_IN_PAGE.format(message="<p>Invalid credentials</p>"), 401
    return SIGN_IN_PAGE.format(message="")
