from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/health")
def health():
    try:
        return jsonify(status="ok")
    except:
        return jsonify(status="error"), 500
