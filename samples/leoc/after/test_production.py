"""Production readiness checks: `python test_production.py` or `pytest test_production.py`."""
import io
import os
import secrets
import unittest

os.environ.setdefault('SECRET_KEY', secrets.token_hex(32))
os.environ.setdefault('UNLOCK_KEY', secrets.token_hex(16))
os.environ.setdefault('DATABASE_URL', 'sqlite://')
os.environ.setdefault('FLASK_ENV', 'testing')

from app import app  # noqa: E402  (environment must be set first)
from models import db  # noqa: E402
from security import allowed_file  # noqa: E402


class ProductionReadinessTest(unittest.TestCase):
    def setUp(self):
        app.config.update(TESTING=True)
        self.client = app.test_client()
        with app.app_context():
            db.create_all()

    def test_debug_disabled(self):
        self.assertFalse(app.debug)

    def test_secret_key_from_environment(self):
        self.assertEqual(app.config['SECRET_KEY'], os.environ['SECRET_KEY'])

    def test_csrf_rejects_form_without_token(self):
        response = self.client.post('/records/new', data={'title': 't', 'ward': '1', 'incident_type': 'fire'})
        self.assertEqual(response.status_code, 400)

    def test_security_headers(self):
        response = self.client.get('/health')
        self.assertEqual(response.headers['X-Content-Type-Options'], 'nosniff')
        self.assertEqual(response.headers['X-Frame-Options'], 'SAMEORIGIN')
        self.assertIn('Content-Security-Policy', response.headers)

    def test_health(self):
        response = self.client.get('/health')
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.get_json()['database'], 'ok')

    def test_file_validation(self):
        allowed = app.config['ALLOWED_EXTENSIONS']
        self.assertTrue(allowed_file('photo.JPG', allowed))
        self.assertFalse(allowed_file('shell.php', allowed))
        self.assertFalse(allowed_file('noextension', allowed))

    def test_upload_size_limit(self):
        self.assertEqual(app.config['MAX_CONTENT_LENGTH'], 5 * 1024 * 1024)
        big = io.BytesIO(b'0' * (app.config['MAX_CONTENT_LENGTH'] + 1))
        app.config['WTF_CSRF_CHECK_DEFAULT'] = False
        response = self.client.post('/records/new', data={'photo': (big, 'big.jpg')},
                                    content_type='multipart/form-data')
        app.config['WTF_CSRF_CHECK_DEFAULT'] = True
        self.assertEqual(response.status_code, 413)

    def test_database_configured(self):
        self.assertTrue(app.config['SQLALCHEMY_DATABASE_URI'])


if __name__ == '__main__':
    unittest.main(verbosity=2)
