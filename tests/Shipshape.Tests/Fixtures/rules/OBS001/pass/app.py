import logging

from flask import Flask

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/records/<int:record_id>/unlock", methods=["POST"])
def unlock(record_id):
    logger.info("record %s unlocked", record_id)
    return "ok"
