"""LEOC - Local Emergency Operations Centre records system.

Incident records, situation reports, attachments and PDF exports for the
district emergency-operations centre.
"""
import json
import os
from datetime import datetime

import requests
from dotenv import load_dotenv
from flask import (Flask, abort, flash, jsonify, redirect, render_template, request, send_file,
                   send_from_directory, url_for)
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect
from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.utils import secure_filename

from cache import cache_get, cache_set
from config import ProductionConfig
from logging_setup import configure_logging
from models import Attachment, Record, Setting, db
from reports import build_incident_pdf, build_summary_pdf
from security import install_security, validate_upload_file

load_dotenv()

app = Flask(__name__)
app.config.from_object(ProductionConfig)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

csrf = CSRFProtect(app)
limiter = Limiter(get_remote_address, app=app,
                  storage_uri=app.config['RATELIMIT_STORAGE_URI'],
                  default_limits=[app.config['RATELIMIT_DEFAULT']])
configure_logging(app)
install_security(app)
db.init_app(app)

WEATHER_API = os.getenv('WEATHER_API', 'https://api.open-meteo.com/v1/forecast')


def get_setting(name, default=None):
    try:
        row = Setting.query.filter_by(name=name).first()
        return json.loads(row.value) if row else default
    except (SQLAlchemyError, ValueError, TypeError):
        app.logger.warning('Setting %s unreadable, using default', name, exc_info=True)
        return default


@app.route('/')
def index():
    stats = cache_get('dashboard_stats')
    if stats is None:
        stats = {
            'open': Record.query.filter_by(status='open').count(),
            'closed': Record.query.filter_by(status='closed').count(),
            'locked': Record.query.filter_by(locked=True).count(),
        }
        cache_set('dashboard_stats', stats)
    recent = Record.query.order_by(Record.created_at.desc()).limit(10).all()
    return render_template('index.html', stats=stats, recent=recent,
                           district=get_setting('district_name', 'District'))


@app.route('/records')
def list_records():
    ward = request.args.get('ward', '')
    keyword = request.args.get('q', '')
    sql = text("SELECT * FROM records WHERE ward LIKE :ward AND title LIKE :q ORDER BY created_at DESC")
    rows = db.session.execute(sql, {'ward': f'%{ward}%', 'q': f'%{keyword}%'}).fetchall()
    app.logger.info('search ward=%s -> %d rows', ward, len(rows))
    return render_template('index.html', stats=None, recent=rows, district=get_setting('district_name'))


@app.route('/records/new', methods=['GET', 'POST'])
def new_record():
    if request.method == 'POST':
        record = Record(
            title=request.form['title'],
            ward=request.form['ward'],
            incident_type=request.form['incident_type'],
            description=request.form.get('description', ''),
            casualties=int(request.form.get('casualties') or 0),
            reported_by=request.form.get('reported_by', ''),
        )
        record.set_tags(request.form.get('tags', '').split(','))
        db.session.add(record)
        db.session.commit()
        photo = request.files.get('photo')
        if photo and photo.filename:
            save_attachment(record, photo)
        flash('Record saved')
        return redirect(url_for('show_record', record_id=record.id))
    return render_template('record_form.html', record=None)


def save_attachment(record, upload):
    name = validate_upload_file(upload, app.config['ALLOWED_EXTENSIONS'], app.config['MAX_CONTENT_LENGTH'])
    os.makedirs(app.config['UPLOAD_FOLDER'], exist_ok=True)
    stored = secure_filename(f'{record.id}_{name}')
    upload.save(os.path.join(app.config['UPLOAD_FOLDER'], stored))
    db.session.add(Attachment(record_id=record.id, filename=stored))
    db.session.commit()


@app.route('/records/<int:record_id>')
def show_record(record_id):
    record = Record.query.get_or_404(record_id)
    return render_template('record_detail.html', record=record)


@app.route('/records/<int:record_id>/edit', methods=['POST'])
def edit_record(record_id):
    record = Record.query.get_or_404(record_id)
    if record.locked:
        flash('Record is locked')
        return redirect(url_for('show_record', record_id=record_id))
    record.title = request.form['title']
    record.description = request.form.get('description', record.description)
    record.status = request.form.get('status', record.status)
    db.session.commit()
    return redirect(url_for('show_record', record_id=record_id))


@app.route('/records/<int:record_id>/delete', methods=['POST'])
def delete_record(record_id):
    record = Record.query.get_or_404(record_id)
    Attachment.query.filter_by(record_id=record.id).delete()
    db.session.delete(record)
    db.session.commit()
    return redirect(url_for('index'))


@app.route('/records/<int:record_id>/lock', methods=['POST'])
def lock_record(record_id):
    record = Record.query.get_or_404(record_id)
    record.locked = True
    db.session.commit()
    return redirect(url_for('show_record', record_id=record_id))


@app.route('/records/<int:record_id>/unlock', methods=['GET', 'POST'])
@csrf.exempt  # the kiosk tablet posts this form from a cached page
@limiter.limit('5 per minute')
def unlock_record(record_id):
    record = Record.query.get_or_404(record_id)
    if request.method == 'POST':
        if request.form.get('unlock_key') == app.config['UNLOCK_KEY']:
            record.locked = False
            db.session.commit()
            app.logger.info('record %s unlocked', record_id)
            return redirect(url_for('show_record', record_id=record_id))
        app.logger.warning('failed unlock attempt for record %s from %s', record_id, request.remote_addr)
        flash('Wrong unlock key')
    return render_template('unlock.html', record=record)


@app.route('/download')
def download():
    name = request.args.get('file', '')
    if not Attachment.query.filter_by(filename=name).first():
        abort(404)
    return send_from_directory(app.config['UPLOAD_FOLDER'], name)


@app.route('/records/<int:record_id>/pdf')
def record_pdf(record_id):
    record = Record.query.get_or_404(record_id)
    try:
        path = build_incident_pdf(record, app.config['REPORT_FOLDER'])
    except (OSError, LayoutError):
        app.logger.exception('PDF generation failed for record %s', record_id)
        return render_template('errors/500.html'), 500
    return send_file(path, as_attachment=True)


@app.route('/reports/summary')
def summary_report():
    since = request.args.get('since', '2026-01-01')
    query = text("SELECT incident_type, COUNT(*) FROM records WHERE created_at >= :since GROUP BY incident_type")
    rows = db.session.execute(query, {'since': since}).fetchall()
    try:
        path = build_summary_pdf(rows, since, app.config['REPORT_FOLDER'])
    except (OSError, LayoutError):
        app.logger.exception('Summary PDF generation failed')
        return jsonify({'error': 'report generation failed'}), 500
    return send_file(path, as_attachment=True)


@app.route('/api/stats')
def api_stats():
    return jsonify({
        'records': Record.query.count(),
        'attachments': Attachment.query.count(),
        'generated_at': datetime.now().isoformat(),
    })


@app.route('/api/records/<int:record_id>', methods=['PATCH'])
def api_update_record(record_id):
    record = Record.query.get_or_404(record_id)
    payload = request.get_json(silent=True) or {}
    try:
        record.set_tags(payload['tags'])
        record.status = payload.get('status', record.status)
        db.session.commit()
    except (KeyError, TypeError, AttributeError):
        app.logger.info('invalid record update payload for %s', record_id)
        return jsonify({'error': 'tags must be a list of strings'}), 400
    return jsonify(record.to_dict())


@app.route('/api/weather/<ward>')
def ward_weather(ward):
    cached = cache_get('weather:' + ward)
    if cached:
        return jsonify(cached)
    coords = get_setting('ward_coordinates', {}).get(ward, {'lat': 27.7, 'lon': 85.3})
    try:
        resp = requests.get(WEATHER_API, params={'latitude': coords['lat'], 'longitude': coords['lon'],
                                                 'current_weather': 'true'},
                            timeout=app.config['HTTP_TIMEOUT_SECONDS'])
        resp.raise_for_status()
    except requests.RequestException:
        app.logger.warning('weather lookup failed for ward %s', ward, exc_info=True)
        return jsonify({'error': 'weather service unavailable'}), 503
    data = resp.json()
    cache_set('weather:' + ward, data)
    return jsonify(data)


@app.route('/settings', methods=['GET', 'POST'])
def settings():
    if request.method == 'POST':
        for name in ('district_name', 'ward_coordinates'):
            value = request.form.get(name)
            if value is None:
                continue
            row = Setting.query.filter_by(name=name).first() or Setting(name=name)
            row.value = value if name == 'ward_coordinates' else json.dumps(value)
            db.session.add(row)
        db.session.commit()
        return redirect(url_for('settings'))
    return render_template('settings.html', district=get_setting('district_name', ''))


@app.route('/health')
@limiter.exempt
def health():
    try:
        db.session.execute(text('SELECT 1'))
    except SQLAlchemyError:
        app.logger.error('health check: database unreachable', exc_info=True)
        return jsonify({'status': 'unhealthy', 'database': 'down',
                        'timestamp': datetime.now().isoformat()}), 503
    return jsonify({'status': 'healthy', 'database': 'ok', 'timestamp': datetime.now().isoformat()})


@app.errorhandler(404)
def not_found(_error):
    return render_template('errors/404.html'), 404


@app.errorhandler(413)
def too_large(_error):
    return render_template('errors/413.html'), 413


@app.errorhandler(429)
def rate_limited(_error):
    return render_template('errors/429.html'), 429


@app.errorhandler(500)
def server_error(_error):
    db.session.rollback()
    return render_template('errors/500.html'), 500


if __name__ == '__main__':
    debug_mode = os.getenv('FLASK_DEBUG', 'False').lower() == 'true'
    app.run(debug=debug_mode, port=int(os.getenv('PORT', 5002)))
