"""A one-file Django app, in one of two configurations chosen by SHIPSHAPE_DJANGO_MODE:

- "debug" (default): DEBUG = True under the development server (technical 404 and 500 pages,
  version in the Server header).
  Usage: python3 django_app.py runserver 127.0.0.1:PORT --noreload
- "deploy": DEBUG = False with the settings of `manage.py check --deploy` that make sense over
  plain http, under gunicorn.
  Usage: SHIPSHAPE_DJANGO_MODE=deploy python3 -m gunicorn --bind 127.0.0.1:PORT django_app:application
"""
import os
import sys

from django.conf import settings

DEBUG = os.environ.get("SHIPSHAPE_DJANGO_MODE", "debug") != "deploy"

settings.configure(
    DEBUG=DEBUG,
    SECRET_KEY="test-only-" + "k" * 50 if DEBUG else os.urandom(32).hex(),
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    INSTALLED_APPS=[],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    SECURE_CONTENT_TYPE_NOSNIFF=True,
    SECURE_REFERRER_POLICY="same-origin",
    X_FRAME_OPTIONS="DENY",
    CSRF_COOKIE_SECURE=not DEBUG,
    CSRF_COOKIE_HTTPONLY=not DEBUG,
    CSRF_COOKIE_SAMESITE="Lax",
)

from django.http import HttpResponse, JsonResponse  # noqa: E402  (needs settings)
from django.middleware.csrf import get_token  # noqa: E402
from django.urls import path  # noqa: E402

LOGIN_PAGE = """<!doctype html><html><head><title>Log in</title></head><body>
<form method="post" action="/login/">
  <input type="hidden" name="csrfmiddlewaretoken" value="{token}">
  <input name="username"> <input name="password" type="password">
  <button type="submit">Log in</button>
</form>{message}</body></html>"""


def index(request):
    return HttpResponse("<!doctype html><html><body><h1>Records</h1><a href='/login/'>Log in</a></body></html>")


def login(request):
    message = "<p>Invalid credentials</p>" if request.method == "POST" else ""
    return HttpResponse(LOGIN_PAGE.format(token=get_token(request), message=message))


def health(request):
    return JsonResponse({"status": "ok", "checks": {"settings": "loaded"}})


urlpatterns = [path("", index), path("login/", login), path("health/", health)]

if not DEBUG:
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
