from flask import Flask

app = Flask(__name__)  # expect: LEG003


@app.route("/login", methods=["GET", "POST"])
def login():
    return "form"


@app.route("/profile")
def profile():
    return "me"
