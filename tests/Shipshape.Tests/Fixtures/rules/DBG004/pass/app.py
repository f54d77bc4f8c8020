from flask import Flask, jsonify

app = Flask(__name__)


class AccountError(Exception):
    public_message = 'account problem'


@app.route('/posts')
def list_posts():
    try:
        return jsonify(load())
    except Exception as e:
        app.logger.exception('listing posts failed: %s', e)
        return jsonify({'error': 'internal error'}), 500


@app.route('/register')
def register():
    try:
        return create()
    except AccountError as e:
        return jsonify({'error': e.public_message}), 400
