import logging

from flask import Flask, jsonify
from sqlalchemy.exc import SQLAlchemyError

app = Flask(__name__)
log = logging.getLogger(__name__)

# The word except: in a comment or a string is not a clause.
HELP = "wrap it in try/except: and log"


@app.route("/records/<int:record_id>")
def record(record_id):
    try:
        return jsonify(load(record_id))
    except SQLAlchemyError:
        log.exception("loading record %s failed", record_id)
        return jsonify({"error": "failed"}), 500
    except (KeyError, ValueError) as error:
        log.warning("bad record %s: %s", record_id, error)
        return jsonify({"error": "bad request"}), 400


def load(record_id):
    try:
        return {"id": record_id}
    except Exception:
        log.exception("load failed")
        raise


def cleanup(path):
    # Re-raising passes KeyboardInterrupt and SystemExit on: nothing is swallowed.
    try:
        return open(path).read()
    except:
        remove(path)
        raise
