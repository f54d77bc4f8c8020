import os

from flask import Flask, request
from werkzeug.utils import secure_filename

from config.production import ProductionConfig

ALLOWED_EXTENSIONS = {'pdf', 'png'}

app = Flask(__name__)
app.config.from_object(ProductionConfig)


def allowed_file(name):
    return '.' in name and name.rsplit('.', 1)[1].lower() in ALLOWED_EXTENSIONS


@app.route('/upload', methods=['POST'])
def upload():
    upload = request.files['file']
    if not allowed_file(upload.filename):
        return 'bad type', 400
    upload.save(os.path.join('/data', secure_filename(upload.filename)))
    return 'ok'
