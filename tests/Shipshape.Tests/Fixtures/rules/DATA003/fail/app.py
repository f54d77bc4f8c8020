from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base

app = Flask(__name__)
db = SQLAlchemy(app)
Base = declarative_base()
engine = create_engine("postgresql://app@db/app")

with app.app_context():
    db.create_all()  # expect: DATA003


def init_schema():
    Base.metadata.create_all(bind=engine)  # expect: DATA003
