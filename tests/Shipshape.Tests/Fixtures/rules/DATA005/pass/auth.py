import json

from flask import Flask

from models import User, db

app = Flask(__name__)


def add_user(username, password_hash):
    db.session.add(User(username=username, password_hash=password_hash))
    db.session.commit()


def load_settings(path):
    with open(path) as f:
        return json.load(f)


def dump_report(path, data):
    with open(path, "wb") as f:
        f.write(data)
