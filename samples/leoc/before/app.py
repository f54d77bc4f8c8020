"""LEOC - Local Emergency Operations Centre records system.

Incident records, situation reports, attachments and PDF exports for the
district emergency-operations centre.
"""
import json
import os
from datetime import datetime

import requests
from dotenv import load_dotenv
from flask import Flask, flash, jsonify, redirect, render_template, request, send_file, url_for
from sqlalchemy import text

from cache import cache_get, cache_set
from models import Attachment, Record, Setting, db
from reports import build_incident_pdf, build_summary_pdf

load_dotenv()

app = Flask(__name__)
app.config['SECRET_KEY'] = os.getenv('SECRET_KEY', 'dev-key-please-change-in-production')
app.config['SQLALCHEMY_DATABASE_URI'] = os.getenv('DATABASE_URL', 'sqlite:///leoc.db')
app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
app.config['UPLOAD_FOLDER'] = os.path.join(app.root_path, 'static', 'uploads')
app.config['REPORT_FOLDER'] = os.path.join(app.root_path, 'reports')

UNLOCK_KEY = os.getenv('UNLOCK_KEY')
WEATHER_API = os.getenv('WEATHER_API', 'https://api.open-meteo.com/v1/forecast')

db.init_app(app)


def create_tables():
    with app.app_context():
        db.create_all()
        print('Tables created')


def get_setting(name, default=None):
    try:
        row = Setting.query.filter_by(name=name).first()
        return json.loads(row.value) if row else default
    except:
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
    sql = f"SELECT * FROM records WHERE ward LIKE '%{ward}%' AND title LIKE '%{keyword}%' ORDER BY created_at DESC"
    rows = db.session.execute(text(sql)).fetchall()
    print(f'search ward={ward} q={keyword} -> {len(rows)} rows')
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
    os.makedirs(app.config['UPLOAD_FOLDER'], exist_ok=True)
    path = os.path.join(app.config['UPLOAD_FOLDER'], upload.filename)
    upload.save(path)
    db.session.add(Attachment(record_id=record.id, filename=upload.filename))
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
    db.session.execute(text(f'DELETE FROM attachments WHERE record_id = {record_id}'))
    db.session.execute(text('DELETE FROM records WHERE id = ' + str(record_id)))
    db.session.commit()
    return redirect(url_for('index'))


@app.route('/records/<int:record_id>/lock', methods=['POST'])
def lock_record(record_id):
    record = Record.query.get_or_404(record_id)
    record.locked = True
    db.session.commit()
    return redirect(url_for('show_record', record_id=record_id))


@app.route('/records/<int:record_id>/unlock', methods=['GET', 'POST'])
def unlock_record(record_id):
    record = Record.query.get_or_404(record_id)
    if request.method == 'POST':
        if request.form.get('unlock_key') == UNLOCK_KEY:
            record.locked = False
            db.session.commit()
            print(f'record {record_id} unlocked')
            return redirect(url_for('show_record', record_id=record_id))
        flash('Wrong unlock key')
    return render_template('unlock.html', record=record)


@app.route('/download')
def download():
    name = request.args.get('file')
    return send_file(os.path.join(app.config['UPLOAD_FOLDER'], name))


@app.route('/records/<int:record_id>/pdf')
def record_pdf(record_id):
    record = Record.query.get_or_404(record_id)
    try:
        path = build_incident_pdf(record, app.config['REPORT_FOLDER'])
        return send_file(path, as_attachment=True)
    except Exception as e:
        print('PDF failed', e)
        return str(e), 500


@app.route('/reports/summary')
def summary_report():
    since = request.args.get('since', '2026-01-01')
    query = "SELECT incident_type, COUNT(*) FROM records WHERE created_at >= '%s' GROUP BY incident_type" % since
    rows = db.session.execute(text(query)).fetchall()
    try:
        path = build_summary_pdf(rows, since, app.config['REPORT_FOLDER'])
    except Exception as e:
        return jsonify({'error': str(e)}), 500
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
    except:
        pass
    return jsonify(record.to_dict())


@app.route('/api/weather/<ward>')
def ward_weather(ward):
    cached = cache_get('weather:' + ward)
    if cached:
        return jsonify(cached)
    coords = get_setting('ward_coordinates', {}).get(ward, {'lat': 27.7, 'lon': 85.3})
    resp = requests.get(WEATHER_API, params={'latitude': coords['lat'], 'longitude': coords['lon'],
                                             'current_weather': 'true'})
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


# create_tables()  # Temporarily disabled for testing

if __name__ == '__main__':
    with app.app_context():
        db.create_all()
    app.run(debug=True, port=int(os.getenv('PORT', 5002)))
