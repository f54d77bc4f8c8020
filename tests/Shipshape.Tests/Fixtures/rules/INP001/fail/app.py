import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ALLOWED_EXTENSIONS = {"png", "jpg"}


def save_attachment(record, upload):
    path = os.path.join(app.config["UPLOAD_FOLDER"], upload.filename)
    upload.save(path)  # expect: INP001


@app.post("/avatar")
def avatar():
    picture = request.files["avatar"]
    if not allowed_file(picture.filename):
        return "bad type", 400
    picture.save(os.path.join("avatars", secure_filename(picture.filename)))  # expect: INP001
    return "ok"


def allowed_file(name):
    return name.rsplit(".", 1)[-1].lower() in ALLOWED_EXTENSIONS
