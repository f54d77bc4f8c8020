import base64
import pickle as pk

import yaml
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    data = pk.loads(base64.b64decode(request.cookies["prefs"]))  # expect: INP004
    config = yaml.load(request.data)  # expect: INP004
    name = request.args.get("name", "")
    page = "<h1>Hello " + name + "</h1>"
    total = eval(request.args["expr"])  # expect: INP004
    return render_template_string(page, data=data, config=config, total=total)  # expect: INP004
