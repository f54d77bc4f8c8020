import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.route('/posts')
def list_posts():
    try:
        return jsonify(load())
    except Exception as e:
        return jsonify({'error': str(e)}), 500  # expect: DBG004


@app.route('/report')
def report():
    try:
        return build()
    except Exception:
        return traceback.format_exc(), 500  # expect: DBG004
