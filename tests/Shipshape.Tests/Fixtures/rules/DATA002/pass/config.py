import os

from flask import Flask
from sqlalchemy import create_engine


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800, "pool_size": 10, "max_overflow": 20}


engine = create_engine("postgresql://app@db/app", pool_pre_ping=True)
app = Flask(__name__)
