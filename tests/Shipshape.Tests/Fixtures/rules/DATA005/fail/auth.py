import csv
import json
import os

from flask import Flask

app = Flask(__name__)
USERS_FILE = "users.json"


def _save_users(users):
    with open(USERS_FILE, "w") as f:  # expect: DATA005
        json.dump(users, f, indent=2)


def export_rows(rows):
    with open("audit.csv", mode="a", newline="") as f:  # expect: DATA005
        csv.writer(f).writerows(rows)
