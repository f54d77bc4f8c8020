from flask import Flask, request

from extensions import csrf

app = Flask(__name__)
csrf.init_app(app)


@app.route('/notes', methods=['POST'])
def add_note():
    return request.form['text']
