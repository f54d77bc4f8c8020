import os

from flask import Flask, request

app = Flask(__name__)
UNLOCK_KEY = os.getenv('UNLOCK_KEY')


@app.route('/unlock', methods=['POST'])
def unlock():
    if request.form.get('unlock_key') == UNLOCK_KEY:  # expect: SEC005
        return 'ok'
    if request.headers.get('X-Api-Key') != app.config['API_KEY']:  # expect: SEC005
        return 'no', 403
    return 'no', 403
