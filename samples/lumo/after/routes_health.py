"""Liveness and readiness endpoints for the load balancer and uptime monitor."""
from datetime import datetime, timezone

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from extensions import db, limiter

health_bp = Blueprint('health', __name__)
limiter.exempt(health_bp)


@health_bp.route('/health')
def health():
    checks = {}
    try:
        db.session.execute(text('SELECT 1'))
        checks['database'] = 'ok'
    except SQLAlchemyError:
        current_app.logger.exception('health: database check failed')
        checks['database'] = 'error'
    healthy = all(v == 'ok' for v in checks.values())
    body = {'status': 'healthy' if healthy else 'unhealthy', 'checks': checks,
            'time': datetime.now(timezone.utc).isoformat()}
    return jsonify(body), 200 if healthy else 503


@health_bp.route('/ready')
def ready():
    return jsonify({'status': 'ready'}), 200
