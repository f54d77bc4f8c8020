from typing import Dict

from flask import Flask, request

import auth

app = Flask(__name__)

file_metadata: Dict[str, Dict] = {}  # expect: DATA004
ALLOWED_EXTENSIONS = {"pdf", "png"}


@app.post("/upload")
def upload():
    file_metadata[request.form["id"]] = {"name": request.form["name"]}
    return "ok"


@app.post("/delete/<file_id>")
def delete(file_id):
    del file_metadata[file_id]
    return "ok"
