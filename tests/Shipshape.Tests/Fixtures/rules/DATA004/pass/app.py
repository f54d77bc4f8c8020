from flask import Flask, request

from models import StoredFile, db

app = Flask(__name__)
ROUTES = {}
registry = []
registry.append("static")


@app.post("/upload")
def upload():
    counts = {}
    counts[request.form["id"]] = 1
    db.session.add(StoredFile(id=request.form["id"], name=request.form["name"]))
    db.session.commit()
    return str(ROUTES.get("x")) + str(counts)
