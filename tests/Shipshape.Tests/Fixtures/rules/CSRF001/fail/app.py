from flask import Flask, request

app = Flask(__name__)  # expect: CSRF001


@app.route('/notes', methods=['POST'])
def add_note():
    return request.form['text']
