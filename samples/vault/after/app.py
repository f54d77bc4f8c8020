"""Vault: end-to-end encrypted file sharing with a tamper-evident audit trail."""
import os
import tempfile
import uuid

import click
import sentry_sdk
from cryptography.exceptions import InvalidTag
from flask import Flask, Response, g, jsonify, redirect, render_template, request, session, url_for
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_migrate import Migrate
from flask_talisman import Talisman
from flask_wtf.csrf import CSRFProtect, generate_csrf
from sentry_sdk.integrations.flask import FlaskIntegration
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.utils import secure_filename

import auth
from blockchain import AuditChain
from config import get_config
from encryption import decrypt_stream, derive_file_key, encrypt_stream, owner_secret
from logger import setup_logger
from models import FileRecord, Share, User, db
from storage import make_storage

logger = setup_logger()

app = Flask(__name__)
app.config.from_object(get_config())
if not app.config['SQLALCHEMY_DATABASE_URI']:
    raise RuntimeError('DATABASE_URL must be set')
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

if app.config['SENTRY_DSN']:
    sentry_sdk.init(dsn=app.config['SENTRY_DSN'], integrations=[FlaskIntegration()], send_default_pii=False)

db.init_app(app)
Migrate(app, db)
csrf = CSRFProtect(app)
limiter = Limiter(get_remote_address, app=app, storage_uri=app.config['RATELIMIT_STORAGE_URI'],
                  default_limits=[app.config['RATELIMIT_DEFAULT']])
Talisman(app, force_https=not app.debug, content_security_policy={'default-src': "'self'"},
         session_cookie_secure=app.config['SESSION_COOKIE_SECURE'])
CORS(app, resources={r"/api/*": {"origins": app.config['ALLOWED_ORIGINS']}}, supports_credentials=True)

storage = make_storage(app.config)
audit = AuditChain()


def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1].lower() in app.config['ALLOWED_EXTENSIONS']


def _visible(record, user):
    return record.owner_id == user.id or any(s.user_id == user.id for s in record.shares)


def _file_key(record):
    return derive_file_key(owner_secret(record.owner_id, app.config['MASTER_KEY']), record.id)


@app.route('/')
def index():
    return render_template('index.html')


@app.route('/login', methods=['GET', 'POST'])
@limiter.limit('5 per minute', methods=['POST'])
def login_page():
    if request.method == 'POST':
        user = auth.authenticate(request.form['username'], request.form['password'])
        if user:
            session.clear()
            session['uid'] = user.id
            session.permanent = True
            audit.record('login', user.username)
            return redirect(url_for('dashboard'))
        return render_template('login.html', error='Invalid username or password'), 401
    return render_template('login.html')


@app.route('/logout', methods=['POST'])
def logout_page():
    session.clear()
    return redirect(url_for('index'))


@app.route('/account/password', methods=['GET', 'POST'])
@auth.login_required
def change_password():
    if request.method == 'POST':
        if not auth.verify_password(request.form['current'], g.user.password_hash):
            return render_template('change_password.html', error='Current password is wrong'), 400
        try:
            auth.validate_new_password(request.form['new'])
        except auth.AccountError as e:
            return render_template('change_password.html', error=e.public_message), 400
        g.user.password_hash = auth.hash_password(request.form['new'])
        g.user.must_change_password = False
        db.session.commit()
        audit.record('password_change', g.user.username)
        return redirect(url_for('dashboard'))
    return render_template('change_password.html')


@app.route('/dashboard')
@auth.login_required
def dashboard():
    records = db.session.scalars(select(FileRecord).order_by(FileRecord.uploaded_at.desc())).all()
    return render_template('dashboard.html', files=[r for r in records if _visible(r, g.user)],
                           username=g.user.username)


@app.route('/api/csrf-token')
def csrf_token():
    return jsonify({'csrf_token': generate_csrf()})


@app.route('/api/login', methods=['POST'])
@limiter.limit('5 per minute')
def api_login():
    data = request.get_json(silent=True) or {}
    user = auth.authenticate(data.get('username', ''), data.get('password', ''))
    if not user:
        return jsonify({'error': 'invalid credentials'}), 401
    audit.record('login', user.username)
    return jsonify({'token': auth.issue_token(user)})


@app.route('/api/register', methods=['POST'])
@limiter.limit('3 per hour')
def api_register():
    data = request.get_json(silent=True) or {}
    try:
        user = auth.create_user(data['username'], data['password'])
    except KeyError:
        return jsonify({'error': 'username and password are required'}), 400
    except auth.AccountError as e:
        return jsonify({'error': e.public_message}), 400
    audit.record('register', user.username)
    return jsonify({'ok': True}), 201


@app.route('/api/upload', methods=['POST'])
@app.route('/upload', methods=['POST'])
@auth.login_required
@limiter.limit('30 per hour')
def upload():
    upload_file = request.files.get('file')
    if upload_file is None or not allowed_file(upload_file.filename):
        return jsonify({'error': 'file type not allowed'}), 400
    record = FileRecord(id=uuid.uuid4().hex, owner_id=g.user.id, name=secure_filename(upload_file.filename),
                        size=0, sha256='', storage_key='')
    record.storage_key = record.id + '.chc'
    with tempfile.TemporaryFile() as spool:
        record.sha256 = encrypt_stream(_file_key(record), upload_file.stream, spool)
        record.size = spool.tell()
        spool.seek(0)
        storage.save(record.storage_key, spool)
    db.session.add(record)
    db.session.commit()
    audit.record('upload', g.user.username, file_id=record.id, sha256=record.sha256)
    logger.info('uploaded %s as %s for %s', record.name, record.id, g.user.username)
    if request.path.startswith('/api/'):
        return jsonify({'id': record.id, 'sha256': record.sha256}), 201
    return redirect(url_for('dashboard'))


@app.route('/api/files')
@auth.login_required
def list_files():
    records = db.session.scalars(select(FileRecord)).all()
    return jsonify([{'id': r.id, 'name': r.name, 'owner': r.owner.username, 'size': r.size}
                    for r in records if _visible(r, g.user)])


@app.route('/api/files/<file_id>/download')
@auth.login_required
def download(file_id):
    record = db.session.get(FileRecord, file_id)
    if record is None or not _visible(record, g.user):
        return jsonify({'error': 'not found'}), 404
    key = _file_key(record)
    source = storage.open(record.storage_key)

    def stream():
        try:
            yield from decrypt_stream(key, source)
        except (InvalidTag, ValueError):
            logger.error('integrity check failed for file %s', file_id)
            raise
        finally:
            source.close()

    audit.record('download', g.user.username, file_id=file_id)
    return Response(stream(), mimetype='application/octet-stream',
                    headers={'Content-Disposition': f'attachment; filename="{record.name}"'})


@app.route('/api/files/<file_id>/share', methods=['POST'])
@auth.login_required
def share(file_id):
    record = db.session.get(FileRecord, file_id)
    if record is None or record.owner_id != g.user.id:
        return jsonify({'error': 'not found'}), 404
    target = auth.get_user((request.get_json(silent=True) or request.form).get('username', ''))
    if target is None:
        return jsonify({'error': 'unknown user'}), 400
    if not any(s.user_id == target.id for s in record.shares):
        record.shares.append(Share(user_id=target.id))
        db.session.commit()
    audit.record('share', g.user.username, file_id=file_id, target=target.username)
    if not request.is_json:
        return redirect(url_for('dashboard'))
    return jsonify({'shared_with': [db.session.get(User, s.user_id).username for s in record.shares]})


@app.route('/api/files/<file_id>', methods=['DELETE'])
@auth.login_required
def delete(file_id):
    record = db.session.get(FileRecord, file_id)
    if record is None or record.owner_id != g.user.id:
        return jsonify({'error': 'not found'}), 404
    storage.delete(record.storage_key)
    db.session.delete(record)
    db.session.commit()
    audit.record('delete', g.user.username, file_id=file_id)
    return '', 204


@app.route('/api/audit')
@auth.admin_required
def audit_log():
    return jsonify(audit.recent())


@app.route('/api/audit/verify')
@auth.admin_required
def audit_verify():
    ok, broken_at = audit.verify()
    return jsonify({'valid': ok, 'broken_at': broken_at})


@app.route('/health')
@limiter.exempt
def health():
    try:
        db.session.execute(text('SELECT 1'))
    except SQLAlchemyError:
        logger.exception('health: database unreachable')
        return jsonify({'status': 'unhealthy', 'database': 'down'}), 503
    return jsonify({'status': 'healthy', 'database': 'ok'})


@app.errorhandler(404)
def not_found(_error):
    return jsonify({'error': 'not found'}), 404


@app.errorhandler(413)
def too_large(_error):
    return jsonify({'error': f"file larger than {app.config['MAX_CONTENT_LENGTH'] // (1024 * 1024)} MB"}), 413


@app.errorhandler(429)
def rate_limited(_error):
    return jsonify({'error': 'too many requests, slow down'}), 429


@app.errorhandler(500)
def server_error(_error):
    db.session.rollback()
    logger.exception('unhandled error')
    return jsonify({'error': 'internal error'}), 500


@app.cli.command('create-admin')
def create_admin():
    """Create the first administrator from ADMIN_USERNAME / ADMIN_PASSWORD; it must change its password."""
    username, password = os.getenv('ADMIN_USERNAME'), os.getenv('ADMIN_PASSWORD')
    if not username or not password:
        raise click.ClickException('Set ADMIN_USERNAME and ADMIN_PASSWORD')
    auth.create_user(username, password, role='admin', must_change_password=True)
    audit.ensure_genesis()
    click.echo(f'Administrator {username} created; a password change is required at first login.')


if __name__ == '__main__':
    debug_mode = os.getenv('FLASK_DEBUG', 'False').lower() == 'true'
    app.run(debug=debug_mode, host='0.0.0.0', port=int(os.getenv('PORT', 5000)))
