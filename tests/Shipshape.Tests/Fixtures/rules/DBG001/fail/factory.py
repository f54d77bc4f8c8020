import flask


def create_app():
    app = flask.Flask(__name__)
    app.debug = True  # expect: DBG001
    return app
