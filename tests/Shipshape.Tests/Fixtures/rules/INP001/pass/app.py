import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
ALLOWED_EXTENSIONS = {"png", "jpg"}


@app.post("/avatar")
def avatar():
    picture = request.files["avatar"]
    if not allowed_file(picture.filename):
        return "bad type", 400
    picture.save(os.path.join("avatars", secure_filename(picture.filename)))
    return "ok"


def allowed_file(name):
    return name.rsplit(".", 1)[-1].lower() in ALLOWED_EXTENSIONS


def export(report):
    report.save("report.pdf")
