import os
import secrets as s

from flask import Flask

app = Flask(__name__)
app.config['SECRET_KEY'] = os.urandom(32).hex()  # expect: SEC002
app.config.update(JWT_SECRET_KEY=s.token_urlsafe(32))  # expect: SEC002
