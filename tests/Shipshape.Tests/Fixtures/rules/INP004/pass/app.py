import ast
import json

import yaml
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    data = json.loads(request.cookies["prefs"])
    config = yaml.load(request.data, Loader=yaml.SafeLoader)
    other = yaml.safe_load(request.data)
    total = ast.literal_eval(request.args["expr"])
    banner = render_template_string("<p>{{ name }}</p>", name=request.args.get("name"))
    return render_template("prefs.html", data=data, config=config, other=other, total=total, banner=banner)
