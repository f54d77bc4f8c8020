"""Security headers, HTTPS enforcement and upload validation."""
import os

from flask import abort, redirect, request
from werkzeug.utils import secure_filename

CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'self'"


def install_security(app):
    production = os.getenv('FLASK_ENV', 'production') == 'production'

    @app.before_request
    def enforce_https():
        # Behind nginx: ProxyFix makes request.is_secure honour X-Forwarded-Proto.
        if production and not app.debug and not request.is_secure and request.endpoint != 'health':
            return redirect(request.url.replace('http://', 'https://', 1), code=301)
        return None

    @app.after_request
    def set_security_headers(response):
        response.headers['X-Content-Type-Options'] = 'nosniff'
        response.headers['X-Frame-Options'] = 'SAMEORIGIN'
        response.headers['X-XSS-Protection'] = '0'
        response.headers['Referrer-Policy'] = 'strict-origin-when-cross-origin'
        response.headers['Content-Security-Policy'] = CSP
        if production:
            response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
        return response


def allowed_file(filename, allowed_extensions):
    return '.' in filename and filename.rsplit('.', 1)[1].lower() in allowed_extensions


def validate_upload_file(upload, allowed_extensions, max_bytes):
    """Return a safe file name for the upload, or abort with 400/413."""
    name = secure_filename(upload.filename or '')
    if not name or not allowed_file(name, allowed_extensions):
        abort(400, description='File type not allowed')
    upload.stream.seek(0, os.SEEK_END)
    size = upload.stream.tell()
    upload.stream.seek(0)
    if size > max_bytes:
        abort(413)
    return name
