import os

from flask import Flask


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///lumo.db")  # expect: DATA001


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:////var/lib/app/app.db"  # expect: DATA001
