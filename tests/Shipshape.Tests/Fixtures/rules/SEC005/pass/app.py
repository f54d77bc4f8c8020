import hmac

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)


@app.route('/unlock', methods=['POST'])
def unlock():
    if check_password_hash(app.config['UNLOCK_KEY_HASH'], request.form.get('unlock_key', '')):
        return 'ok'
    if not hmac.compare_digest(request.headers.get('X-Api-Key', ''), app.config['API_KEY']):
        return 'no', 403
    if request.form.get('status') == 'open':
        return 'open'
    return 'no', 403
