from flask import Flask, render_template

app = Flask(__name__)  # expect: OBS003


@app.route("/")
def index():
    return render_template("index.html")
