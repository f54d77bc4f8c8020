import os

from flask import Flask


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]


app = Flask(__name__)
