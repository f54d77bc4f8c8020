import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/records/<int:record_id>")
def record(record_id):
    try:
        return jsonify(load(record_id))
    except:
        return jsonify({"error": "failed"}), 500


@app.route("/records", methods=["POST"])
def create():
    try:
        return jsonify(save(request.json))
    except:  # shipshape: ignore[ERR001] the save helper logs and re-raises; this only shapes the answer
        return jsonify({"error": "failed"}), 500


def load(record_id):
    return {"id": record_id}


def save(data):
    try:
        return data
    # shipshape: ignore[ERR001]
    except:
        return None
