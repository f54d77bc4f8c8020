import sqlite3

from flask import Flask, request
from sqlalchemy import text
from sqlalchemy import text as sql_text

from models import db

app = Flask(__name__)


@app.route("/records")
def records():
    ward = request.args.get("ward", "")
    sql = f"SELECT * FROM records WHERE ward LIKE '%{ward}%'"  # expect: INP003
    rows = db.session.execute(text(sql)).fetchall()
    since = request.args.get("since")
    query = "SELECT COUNT(*) FROM records WHERE created_at >= '%s'" % since  # expect: INP003
    db.session.execute(sql_text(query))
    return str(rows)


def delete(record_id):
    db.session.execute(text("DELETE FROM records WHERE id = " + str(record_id)))  # expect: INP003
    connection = sqlite3.connect("app.db")
    cursor = connection.cursor()
    cursor.execute("UPDATE records SET status = '{}' WHERE id = 1".format(record_id))  # expect: INP003
