from flask import Flask, render_template

app = Flask(__name__)


def register_error_handlers(app):
    @app.errorhandler(404)
    def not_found(_error):
        return render_template('errors/404.html'), 404

    app.register_error_handler(500, lambda e: (render_template('errors/500.html'), 500))


register_error_handlers(app)
