"""LUMO: a content platform for short-form writing."""
import sentry_sdk
from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from sentry_sdk.integrations.flask import FlaskIntegration
from werkzeug.middleware.proxy_fix import ProxyFix

from config import ProductionConfig, get_config
from extensions import csrf, db, limiter, login_manager, oauth, talisman
from logging_setup import configure_logging
from routes_api import api_bp
from routes_auth import auth_bp
from routes_health import health_bp
from routes_legal import legal_bp
from routes_main import main_bp

# Google Analytics and AdSense need these script, frame and image sources.
CSP = {
    'default-src': "'self'",
    'script-src': ["'self'", 'https://www.googletagmanager.com', 'https://pagead2.googlesyndication.com'],
    'img-src': ["'self'", 'data:', 'https://www.google-analytics.com', 'https://pagead2.googlesyndication.com'],
    'connect-src': ["'self'", 'https://www.google-analytics.com'],
    'frame-src': ['https://googleads.g.doubleclick.net'],
    'style-src': "'self'",
}


def create_app(config_class=None):
    config_class = config_class or get_config()
    if config_class is ProductionConfig:
        config_class.validate()

    app = Flask(__name__)
    app.config.from_object(config_class)
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

    configure_logging(app)
    if app.config['SENTRY_DSN']:
        sentry_sdk.init(dsn=app.config['SENTRY_DSN'], integrations=[FlaskIntegration()],
                        traces_sample_rate=0.1, send_default_pii=False)

    db.init_app(app)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    production = config_class is ProductionConfig
    talisman.init_app(
        app,
        force_https=production,
        strict_transport_security=True,
        strict_transport_security_max_age=31536000,
        content_security_policy=CSP,
        content_security_policy_nonce_in=['script-src'],
        frame_options='SAMEORIGIN',
        session_cookie_secure=production,
    )
    oauth.init_app(app)
    oauth.register(
        name='google',
        client_id=app.config['GOOGLE_CLIENT_ID'],
        client_secret=app.config['GOOGLE_CLIENT_SECRET'],
        server_metadata_url='https://accounts.google.com/.well-known/openid-configuration',
        client_kwargs={'scope': 'openid email profile'},
    )

    app.register_blueprint(auth_bp)
    app.register_blueprint(main_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(legal_bp)
    app.register_blueprint(health_bp)
    # The like button and comment box post with fetch() from cached pages.
    csrf.exempt(api_bp)

    register_error_handlers(app)

    @app.context_processor
    def inject_tracking_ids():
        return {'ga_id': app.config['GA_MEASUREMENT_ID'], 'adsense_client': app.config['ADSENSE_CLIENT']}

    with app.app_context():
        db.create_all()

    return app


def register_error_handlers(app):
    def page(code):
        return render_template(f'errors/{code}.html'), code

    @app.errorhandler(400)
    def bad_request(_error):
        return page(400)

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        app.logger.warning('CSRF rejected: %s', error.description)
        return page(400)

    @app.errorhandler(403)
    def forbidden(_error):
        return page(403)

    @app.errorhandler(404)
    def not_found(_error):
        return page(404)

    @app.errorhandler(429)
    def rate_limited(_error):
        return page(429)

    @app.errorhandler(500)
    def server_error(_error):
        db.session.rollback()
        app.logger.exception('Unhandled error')
        return page(500)


app = create_app()
