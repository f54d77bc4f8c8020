import flask as fl
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from flaskapp.auth import auth_bp
from flaskapp.config import ProductionConfig


def create_app(config_class=ProductionConfig):
    app = fl.Flask(__name__)
    app.config.from_object(config_class)
    Limiter(get_remote_address, app=app, default_limits=['200 per hour', '20 per minute'])
    app.register_blueprint(auth_bp)

    @app.errorhandler(500)
    def server_error(_error):
        return 'error', 500

    return app
