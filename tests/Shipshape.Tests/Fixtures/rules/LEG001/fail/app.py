from flask import Flask

app = Flask(__name__)  # expect: LEG001


@app.route("/register", methods=["GET", "POST"])
def register():
    return "form"
