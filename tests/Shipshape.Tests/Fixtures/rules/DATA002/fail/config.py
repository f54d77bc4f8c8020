import os

from flask import Flask
from sqlalchemy import create_engine


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///lumo.db")  # expect: DATA002


engine = create_engine("postgresql://app@db/app")  # expect: DATA002
app = Flask(__name__)
