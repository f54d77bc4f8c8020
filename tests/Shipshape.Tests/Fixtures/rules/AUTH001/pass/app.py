from flask import Flask
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route('/records/<int:record_id>/delete', methods=['POST'])
@login_required
def delete_record(record_id):
    return 'deleted'


@app.route('/records/<int:record_id>/lock', methods=['POST'])
def lock_record(record_id):
    if not current_user.is_authenticated:
        return 'no', 401
    return 'locked'
