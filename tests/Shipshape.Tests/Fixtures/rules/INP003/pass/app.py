import sqlite3

from flask import Flask, request
from sqlalchemy import text

from models import db

app = Flask(__name__)
TABLE = "records"


@app.route("/records")
def records():
    ward = request.args.get("ward", "")
    rows = db.session.execute(text("SELECT * FROM records WHERE ward LIKE :ward"), {"ward": f"%{ward}%"}).fetchall()
    total = db.session.execute(text(f"SELECT COUNT(*) FROM {TABLE}")).scalar()
    return str(rows) + str(total)


def delete(record_id, executor):
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute("DELETE FROM records WHERE id = ?", (record_id,))
    executor.execute(f"notify {record_id}")
