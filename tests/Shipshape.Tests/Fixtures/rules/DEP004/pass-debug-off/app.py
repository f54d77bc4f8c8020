import os

from flask import Flask

app = Flask(__name__)
# One configuration, but no development switch in it: debug stays off everywhere.
app.config['DEBUG'] = False
app.config['SQLALCHEMY_DATABASE_URI'] = os.environ['DATABASE_URL']
