"""LUMO: a content platform for short-form writing."""
from flask import Flask, render_template

from config import Config
from extensions import db, login_manager, oauth
from routes_api import api_bp
from routes_auth import auth_bp
from routes_main import main_bp


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)

    db.init_app(app)
    login_manager.init_app(app)
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

    @app.errorhandler(404)
    def not_found(_error):
        return render_template('errors/404.html'), 404

    @app.context_processor
    def inject_tracking_ids():
        return {'ga_id': app.config['GA_MEASUREMENT_ID'], 'adsense_client': app.config['ADSENSE_CLIENT']}

    with app.app_context():
        db.create_all()

    return app


app = create_app()

if __name__ == '__main__':
    app.run()
