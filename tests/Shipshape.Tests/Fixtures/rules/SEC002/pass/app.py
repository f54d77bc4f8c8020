import os

from flask import Flask

app = Flask(__name__)
app.config['SECRET_KEY'] = os.environ['SECRET_KEY']
# a random token for something else is fine
app.config['UPLOAD_TOKEN_SALT'] = os.urandom(8).hex()
