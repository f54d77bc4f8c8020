import os

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)


def save_attachment(record, upload):
    path = os.path.join(app.config["UPLOAD_FOLDER"], secure_filename(upload.filename))
    upload.save(path)


@app.route("/download")
def download():
    name = request.args.get("file")
    return send_from_directory(app.config["UPLOAD_FOLDER"], name)


@app.route("/records/<int:record_id>/pdf")
def pdf(record_id):
    return send_file(os.path.join("reports", f"{record_id}.pdf"))


@app.route("/files/<name>")
def show(name):
    with open(os.path.join("data", os.path.basename(name))) as handle:
        return handle.read()
