import os
import os.path as osp
from pathlib import Path

from flask import Flask, request, send_file

app = Flask(__name__)


def save_attachment(record, upload):
    path = os.path.join(app.config["UPLOAD_FOLDER"], upload.filename)  # expect: INP002
    upload.save(path)


@app.route("/download")
def download():
    name = request.args.get("file")
    return send_file(osp.join(app.config["UPLOAD_FOLDER"], name))  # expect: INP002


@app.route("/files/<name>")
def show(name):
    with open(Path("data") / name) as handle:  # expect: INP002
        return handle.read()


@app.route("/remove", methods=["POST"])
def remove():
    os.remove(request.form["path"])  # expect: INP002
    return "ok"
