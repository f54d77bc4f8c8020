"""Vault: end-to-end encrypted file sharing with a tamper-evident audit trail."""
import io
import os
import time
import uuid
from typing import Dict

from flask import Flask, g, jsonify, redirect, render_template, request, send_file, session, url_for
from flask_cors import CORS
from werkzeug.utils import secure_filename

import auth
from blockchain import AuditChain
from encryption import decrypt_stream, derive_file_key, encrypt_stream, owner_secret

app = Flask(__name__)

UPLOAD_FOLDER = 'uploads'
SECURE_STORAGE = 'secure_storage'
ALLOWED_EXTENSIONS = {'pdf', 'docx', 'xlsx', 'png', 'jpg', 'txt', 'zip'}

app.config['MAX_CONTENT_LENGTH'] = 50 * 1024 * 1024
app.config['UPLOAD_FOLDER'] = UPLOAD_FOLDER
app.config['SECRET_KEY'] = os.urandom(32).hex()
app.config['SESSION_COOKIE_HTTPONLY'] = True

CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

os.makedirs(UPLOAD_FOLDER, exist_ok=True)
os.makedirs(SECURE_STORAGE, exist_ok=True)

audit = AuditChain()

# file_id -> {name, owner, size, sha256, shared_with, uploaded_at, path}
file_metadata: Dict[str, Dict] = {}


def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1].lower() in ALLOWED_EXTENSIONS


def _visible(meta, username):
    return meta['owner'] == username or username in meta['shared_with']


@app.route('/')
def index():
    return render_template('index.html')


@app.route('/login', methods=['GET', 'POST'])
def login_page():
    if request.method == 'POST':
        token = auth.authenticate(request.form['username'], request.form['password'])
        if token:
            session['token'] = token
            audit.record('login', request.form['username'])
            return redirect(url_for('dashboard'))
        return render_template('login.html', error='Invalid username or password'), 401
    return render_template('login.html')


@app.route('/logout', methods=['POST'])
def logout_page():
    auth.logout(session.pop('token', None))
    return redirect(url_for('index'))


@app.route('/dashboard')
@auth.login_required
def dashboard():
    files = [dict(id=fid, **meta) for fid, meta in file_metadata.items() if _visible(meta, g.username)]
    return render_template('dashboard.html', files=files, username=g.username)


@app.route('/api/login', methods=['POST'])
def api_login():
    data = request.get_json(silent=True) or {}
    token = auth.authenticate(data.get('username', ''), data.get('password', ''))
    if not token:
        return jsonify({'error': 'invalid credentials'}), 401
    audit.record('login', data['username'])
    return jsonify({'token': token})


@app.route('/api/register', methods=['POST'])
def api_register():
    data = request.get_json(silent=True) or {}
    try:
        auth.create_user(data['username'], data['password'])
    except (KeyError, ValueError) as e:
        return jsonify({'error': str(e)}), 400
    audit.record('register', data['username'])
    return jsonify({'ok': True}), 201


@app.route('/api/upload', methods=['POST'])
@app.route('/upload', methods=['POST'])
@auth.login_required
def upload():
    upload_file = request.files.get('file')
    if upload_file is None or not allowed_file(upload_file.filename):
        return jsonify({'error': 'file type not allowed'}), 400
    file_id = uuid.uuid4().hex
    name = secure_filename(upload_file.filename)
    path = os.path.join(SECURE_STORAGE, file_id + '.chc')
    key = derive_file_key(owner_secret(g.username), file_id)
    with open(path, 'wb') as out:
        sha256 = encrypt_stream(key, upload_file.stream, out)
    file_metadata[file_id] = {
        'name': name, 'owner': g.username, 'size': os.path.getsize(path), 'sha256': sha256,
        'shared_with': [], 'uploaded_at': time.time(), 'path': path,
    }
    audit.record('upload', g.username, file_id=file_id, sha256=sha256)
    print(f'uploaded {name} as {file_id} for {g.username}')
    if request.path.startswith('/api/'):
        return jsonify({'id': file_id, 'sha256': sha256}), 201
    return redirect(url_for('dashboard'))


@app.route('/api/files')
@auth.login_required
def list_files():
    return jsonify([{'id': fid, 'name': m['name'], 'owner': m['owner'], 'size': m['size']}
                    for fid, m in file_metadata.items() if _visible(m, g.username)])


@app.route('/api/files/<file_id>/download')
@auth.login_required
def download(file_id):
    meta = file_metadata.get(file_id)
    if meta is None or not _visible(meta, g.username):
        return jsonify({'error': 'not found'}), 404
    key = derive_file_key(owner_secret(meta['owner']), file_id)
    try:
        with open(meta['path'], 'rb') as f:
            plaintext = b''.join(decrypt_stream(key, f))
    except Exception as e:
        print('decrypt failed', file_id, e)
        return jsonify({'error': str(e)}), 500
    audit.record('download', g.username, file_id=file_id)
    return send_file(io.BytesIO(plaintext), download_name=meta['name'], as_attachment=True)


@app.route('/api/files/<file_id>/share', methods=['POST'])
@auth.login_required
def share(file_id):
    meta = file_metadata.get(file_id)
    if meta is None or meta['owner'] != g.username:
        return jsonify({'error': 'not found'}), 404
    target = (request.get_json(silent=True) or request.form).get('username')
    if not auth.get_user(target):
        return jsonify({'error': 'unknown user'}), 400
    meta['shared_with'].append(target)
    audit.record('share', g.username, file_id=file_id, target=target)
    return jsonify({'shared_with': meta['shared_with']})


@app.route('/api/files/<file_id>', methods=['DELETE'])
@auth.login_required
def delete(file_id):
    meta = file_metadata.get(file_id)
    if meta is None or meta['owner'] != g.username:
        return jsonify({'error': 'not found'}), 404
    del file_metadata[file_id]
    os.remove(meta['path'])
    audit.record('delete', g.username, file_id=file_id)
    return '', 204


@app.route('/api/audit')
@auth.admin_required
def audit_log():
    return jsonify(audit.blocks[-200:])


@app.route('/api/audit/verify')
@auth.admin_required
def audit_verify():
    ok, broken_at = audit.verify()
    return jsonify({'valid': ok, 'broken_at': broken_at})


if __name__ == '__main__':
    auth.create_default_admin()
    print('Vault running on http://127.0.0.1:5000')
    app.run(debug=True, host='127.0.0.1', port=5000)
