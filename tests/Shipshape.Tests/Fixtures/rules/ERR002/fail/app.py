import logging

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/records/<int:record_id>", methods=["PATCH"])
def update(record_id):
    try:
        save(record_id, request.get_json())
    except:  # expect: ERR002
        pass
    for item in request.get_json().get("tags", []):
        try:
            tag(item)
        except Exception:  # expect: ERR002
            continue
    try:
        notify(record_id)
    except (ValueError, BaseException):  # expect: ERR002
        ...
    return jsonify(ok=True)
