import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/records/<int:record_id>")
def record(record_id):
    try:
        return jsonify(load(record_id))
    except:  # expect: ERR001
        return jsonify({"error": "failed"}), 500


def load(record_id):
    try:
        return {"id": record_id}
    except ValueError:
        raise
    except:  # expect: ERR001
        pass
    finally:
        log.info("loaded %s", record_id)


async def worker():
    try:
        await run()
    except* OSError:
        pass


def deferred(path):
    try:
        return open(path).read()
    except:  # expect: ERR001
        def later():
            raise
        return later
