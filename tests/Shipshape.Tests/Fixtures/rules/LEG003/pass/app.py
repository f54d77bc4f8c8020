from flask import Flask

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    return "form"


@app.route("/account/delete", methods=["POST"])
def delete_account():
    return "deleted"
