from flask import Flask

app = Flask(__name__)


@app.route('/records/<int:record_id>/delete', methods=['POST'])
def delete_record(record_id):  # expect: AUTH001
    return 'deleted'


@app.route('/login', methods=['GET', 'POST'])
def login():
    return 'form'
