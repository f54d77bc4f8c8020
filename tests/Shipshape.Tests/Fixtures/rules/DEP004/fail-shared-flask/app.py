import os

from flask import Flask

app = Flask(__name__)  # expect: DEP004
app.config['SECRET_KEY'] = os.environ['SECRET_KEY']
app.config['SQLALCHEMY_DATABASE_URI'] = os.getenv('DATABASE_URL', 'postgresql://app@db/app')
# Switched off by hand before each deployment.
app.config['DEBUG'] = True
